import type { SequenceInfo } from '../ports/premiere-host.js';

/** Whether the editor marked an in/out range on the sequence narrower than the whole of it. */
export function hasMarkedRange(sequence: SequenceInfo): boolean {
  return sequence.outTicks > sequence.inTicks && (sequence.inTicks > 0n || sequence.outTicks < sequence.endTicks);
}
