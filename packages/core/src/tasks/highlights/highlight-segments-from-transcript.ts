import type { TimedSegment } from '../../models/transcription-model.js';
import type { HighlightSegment } from './plan-highlights.js';

/** A transcript's segments as highlight segments, id'd `segment-<n>` (from 1) and labelled with their start time. */
export function highlightSegmentsFromTranscript(segments: readonly TimedSegment[]): HighlightSegment[] {
  return segments.map((segment, index) => ({
    id: `segment-${index + 1}`,
    text: segment.text.trim(),
    start: segment.start,
    end: segment.end,
    label: `${segment.text.trim().split(/\s+/).slice(0, 6).join(' ')} (${segment.start.toFixed(1)} s)`,
  }));
}
