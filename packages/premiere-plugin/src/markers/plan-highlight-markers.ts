import type { NewMarker } from '../ports/premiere-host.js';
import { alignToFrame } from '../time/frame-ticks.js';
import type { FrameRate } from '../time/frame-rate.js';
import { secondsToTicks } from '../time/ticks.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** A moment a trailer or highlight plan picked (the shape of the core's highlight plan items). */
export interface PlannedHighlight {
  readonly label: string;
  readonly startSeconds: number;
  readonly endSeconds: number;
  /** Why it was picked, shown in the marker's comments. */
  readonly reason?: string;
}

/** Comment markers for a trailer/highlight plan, numbered in plan order, each spanning its moment on whole frames. */
export function planHighlightMarkers(highlights: readonly PlannedHighlight[], rate: FrameRate): NewMarker[] {
  return highlights.map((highlight, index) => {
    const start = alignToFrame(secondsToTicks(highlight.startSeconds), rate);
    const end = alignToFrame(secondsToTicks(highlight.endSeconds), rate);
    return {
      name: `Trailer ${index + 1}: ${highlight.label}`,
      kind: 'comment',
      startTicks: start,
      durationTicks: end > start ? end - start : 0n,
      ...omitUndefined({ comments: highlight.reason }),
    };
  });
}
