import { parseSrt } from '@reelkit/core/captions';
import type { GuardedEmbeddingModel } from '@reelkit/core/guard';
import { parseFountain } from '@reelkit/core/screenplay';
import { highlightSegmentsFromScreenplay, highlightSegmentsFromTranscript, planHighlights, type HighlightPlan, type HighlightSegment } from '@reelkit/core/tasks/highlights';
import { sidecarPaths } from '../captions/sidecar-paths.js';
import { planHighlightMarkers } from '../markers/plan-highlight-markers.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { frameRateFromTicksPerFrame } from '../time/frame-rate.js';
import { writeXmemlSequence } from '../timeline/write-xmeml-sequence.js';
import { fileNameOf } from '../paths/file-name-of.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** What a trailer is cut from: a transcribed clip (real times) or a script not yet shot (times by page length). */
export type TrailerSource = { readonly kind: 'clip'; readonly mediaPath: string } | { readonly kind: 'script'; readonly fountain: string; readonly name: string };

/** A trailer or highlight plan to make. */
export interface PlanTrailerRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly model: GuardedEmbeddingModel;
  /** The audience, e.g. "fans of slow-burn coastal thrillers, no spoilers past act one". */
  readonly profile: string;
  readonly targetDurationSeconds: number;
  readonly source: TrailerSource;
  readonly signal?: AbortSignal;
}

/** The plan, how many markers it added, and the sequence file written for File → Import. */
export interface PlannedTrailer {
  readonly plan: HighlightPlan;
  readonly markersAdded: number;
  /** FCP 7 XML (xmeml) of the plan as a sequence; the editor imports it by hand. */
  readonly sequencePath: string;
}

// 24 fps, for a sequence that reports no timebase.
const fallbackTicksPerFrame = 10_584_000_000n;

/**
 * Plans a trailer for a viewer profile with the core's `planHighlights` over the clip's caption segments (its SRT
 * sidecar) or the script's scenes, adds a comment marker per beat at its source time in one undo step, and writes
 * the plan as an FCP 7 XML sequence beside the sidecars.
 */
export async function planTrailer(request: PlanTrailerRequest): Promise<PlannedTrailer> {
  const sequence = await request.host.readActiveSequence();
  if (sequence === undefined) throw new PremiereHostError('No sequence is active.', 'Open a sequence in the Timeline panel, then try again.');
  const folder = await request.files.workFolder();
  const { segments, name, mediaPath } = await readSegments(request.source, request.files, folder);
  if (segments.length === 0) {
    throw new PremiereHostError(`Nothing to plan from in ${name}.`, request.source.kind === 'clip' ? 'Run "Transcribe clip" on it first.' : 'The script needs scene headings.');
  }
  const plan = await planHighlights({ model: request.model, profile: request.profile, segments, targetDurationSeconds: request.targetDurationSeconds, ...omitUndefined({ signal: request.signal }) });
  const rate = frameRateFromTicksPerFrame(sequence.ticksPerFrame > 0n ? sequence.ticksPerFrame : fallbackTicksPerFrame);
  const markers = planHighlightMarkers(
    plan.items.map((item) => ({ label: item.label, startSeconds: item.sourceStart, endSeconds: item.sourceEnd, reason: item.rationale })),
    rate,
  );
  const markersAdded = await request.host.addMarkers(markers, 'Reelkit: trailer plan');
  const sequencePath = `${folder.replace(/[/\\]+$/, '')}/${name.replace(/\.[^.]+$/, '')}.trailer.xml`;
  const cuts = plan.items.map((item) => ({ label: item.label, sourceStart: item.sourceStart, sourceEnd: item.sourceEnd, planStart: item.planStart, planEnd: item.planEnd, note: item.rationale }));
  await request.files.writeText(sequencePath, writeXmemlSequence({ name: `Trailer: ${name}`, rate, cuts, ...omitUndefined({ mediaPath }) }));
  return { plan, markersAdded, sequencePath };
}

async function readSegments(source: TrailerSource, files: FileStore, folder: string): Promise<{ segments: HighlightSegment[]; name: string; mediaPath?: string }> {
  if (source.kind === 'script') return { segments: highlightSegmentsFromScreenplay(parseFountain(source.fountain)), name: source.name };
  const name = fileNameOf(source.mediaPath);
  const srt = await files.readBytes(sidecarPaths(folder, source.mediaPath).srt).then(
    (bytes) => new TextDecoder().decode(bytes),
    () => '',
  );
  const segments = highlightSegmentsFromTranscript(parseSrt(srt).cues.map((cue) => ({ text: cue.lines.join(' '), start: cue.start, end: cue.end })));
  return { segments, name, mediaPath: source.mediaPath };
}
