import type { MarkerInfo } from '../ports/premiere-host.js';
import { ticksToSeconds } from '../time/ticks.js';

/** A stretch of the timeline in seconds, as the core's music and video tasks take it. */
export interface TimelineRange {
  readonly startSeconds: number;
  readonly durationSeconds: number;
}

/**
 * The range a marker covers, for a music cue or a video job: its own duration when it has one, else up to the next
 * marker, else to the sequence end. Undefined when no marker has that name.
 */
export function markerRange(markers: readonly MarkerInfo[], name: string, sequenceEndTicks: bigint): TimelineRange | undefined {
  const sorted = [...markers].sort((a, b) => (a.startTicks < b.startTicks ? -1 : a.startTicks > b.startTicks ? 1 : 0));
  const index = sorted.findIndex((marker) => marker.name === name);
  const marker = sorted[index];
  if (marker === undefined) return undefined;
  const end = marker.durationTicks > 0n ? marker.startTicks + marker.durationTicks : (sorted.slice(index + 1).find((next) => next.startTicks > marker.startTicks)?.startTicks ?? sequenceEndTicks);
  return { startSeconds: ticksToSeconds(marker.startTicks), durationSeconds: ticksToSeconds(end - marker.startTicks) };
}
