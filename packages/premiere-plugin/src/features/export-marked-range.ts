import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost, SequenceInfo } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { formatTimecode } from '../time/format-timecode.js';
import { frameRateFromTicksPerFrame } from '../time/frame-rate.js';
import { ticksToFrame } from '../time/frame-ticks.js';
import { ticksToSeconds } from '../time/ticks.js';
import { hasMarkedRange } from './has-marked-range.js';

/** The sequence's marked range, rendered to a file in the work folder. */
export interface ExportedRange {
  readonly path: string;
  readonly seconds: number;
  /** `Cut 3 00:00:10:00–00:00:14:00`, for job labels. */
  readonly label: string;
}

/**
 * Renders only the active sequence's in-to-out range with the editor's encoder preset (`exportFull` false) into the
 * work folder as MP4 (the preset should be H.264), so a video job uploads the marked seconds, not the whole clip.
 * Undefined when no range is marked.
 */
export async function exportMarkedRange(host: PremiereHost, files: FileStore, sequence: SequenceInfo, presetPath: string): Promise<ExportedRange | undefined> {
  if (!hasMarkedRange(sequence)) return undefined;
  const rate = frameRateFromTicksPerFrame(sequence.ticksPerFrame > 0n ? sequence.ticksPerFrame : 10_584_000_000n);
  const label = `${sequence.name} ${formatTimecode(ticksToFrame(sequence.inTicks, rate), rate)}–${formatTimecode(ticksToFrame(sequence.outTicks, rate), rate)}`;
  const path = `${(await files.workFolder()).replace(/[/\\]+$/, '')}/${sequence.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${sequence.inTicks}-${sequence.outTicks}.mp4`;
  if (!(await host.exportSequence(path, presetPath, 'in-to-out'))) throw new PremiereHostError(`Premiere could not export ${label}.`, 'Check the export preset renders video (H.264, ProRes), then try again.');
  return { path, seconds: ticksToSeconds(sequence.outTicks - sequence.inTicks), label };
}
