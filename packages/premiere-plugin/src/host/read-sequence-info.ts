import type { SequenceInfo } from '../ports/premiere-host.js';
import { parseTicks } from '../time/ticks.js';
import type { SequenceApi } from './premiere-api.js';

/** Reads a sequence's id, name, frame duration and key times as plain data. */
export async function readSequenceInfo(sequence: SequenceApi): Promise<SequenceInfo> {
  const [end, inPoint, outPoint, player, timebase] = await Promise.all([
    sequence.getEndTime(),
    sequence.getInPoint(),
    sequence.getOutPoint(),
    sequence.getPlayerPosition(),
    sequence.getTimebase(),
  ]);
  return {
    id: sequence.guid.toString(),
    name: sequence.name,
    // getTimebase() is the frame duration in ticks, as a decimal string.
    ticksPerFrame: /^\d+$/.test(timebase) ? BigInt(timebase) : 0n,
    endTicks: parseTicks(end.ticks),
    inTicks: parseTicks(inPoint.ticks),
    outTicks: parseTicks(outPoint.ticks),
    playerTicks: parseTicks(player.ticks),
  };
}
