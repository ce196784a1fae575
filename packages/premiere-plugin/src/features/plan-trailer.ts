import { parseSrt } from '@reelkit/core/captions';
import type { Finding } from '@reelkit/core/findings';
import type { Guard, GuardedEmbeddingModel } from '@reelkit/core/guard';
import { parseFountain } from '@reelkit/core/screenplay';
import { highlightSegmentsFromScreenplay, highlightSegmentsFromTranscript, planHighlights, type HighlightPlan, type HighlightSegment } from '@reelkit/core/tasks/highlights';
import type { PremiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { sidecarPaths } from '../captions/sidecar-paths.js';
import { planHighlightMarkers } from '../markers/plan-highlight-markers.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { recordTimelineEdit } from '../provenance/record-timeline-edit.js';
import { frameRateFromTicksPerFrame } from '../time/frame-rate.js';
import { secondsToTicks } from '../time/ticks.js';
import { writeXmemlSequence } from '../timeline/write-xmeml-sequence.js';
import { fileNameOf } from '../paths/file-name-of.js';
import { omitUndefined } from '@reelkit/core/runtime';
import { buildPlannedSequence, type PlannedSequenceRoute } from './build-planned-sequence.js';

/** What a trailer is cut from: a transcribed clip (real times) or a script not yet shot (times by page length). */
export type TrailerSource = { readonly kind: 'clip'; readonly mediaPath: string } | { readonly kind: 'script'; readonly fountain: string; readonly name: string };

/** A trailer or highlight plan to make. */
export interface PlanTrailerRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  /** The session guard: the plan's edit is recorded in the project ledger through it. */
  readonly guard: Guard;
  readonly capabilities: PremiereCapabilities;
  readonly model: GuardedEmbeddingModel;
  /** The audience, e.g. "fans of slow-burn coastal thrillers, no spoilers past act one". */
  readonly profile: string;
  readonly targetDurationSeconds: number;
  readonly source: TrailerSource;
  readonly signal?: AbortSignal;
}

/** The plan, how many markers it added, and the sequence it became. */
export interface PlannedTrailer {
  readonly plan: HighlightPlan;
  readonly markersAdded: number;
  /** The new sequence's name, and how it reached the project (from a script: `xml-file`, markers only). */
  readonly sequence: { readonly name: string; readonly route: PlannedSequenceRoute; readonly xmlPath?: string };
  readonly provenanceId?: string;
  readonly findings: readonly Finding[];
}

// 24 fps, for a sequence that reports no timebase.
const fallbackTicksPerFrame = 10_584_000_000n;

/**
 * Plans a trailer for a viewer profile with the core's `planHighlights` over the clip's caption segments (its SRT
 * sidecar) or the script's scenes, and adds a comment marker per beat at its source time in one undo step. A clip's
 * plan becomes the sequence "Trailer: <clip>" — built on Premiere 26.3+, imported as FCP 7 XML before — with a marker
 * per beat saying why it is in; a script's plan (no footage yet) is an XML of markers. The edit decision list is
 * recorded in the project ledger as the embedding model's.
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
  const stem = name.replace(/\.[^.]+$/, '');
  const built = await trailerSequence(request, plan, { name, stem, rate, ...omitUndefined({ mediaPath }), folder });
  const recorded = await recordTimelineEdit(request.guard, request.files, {
    task: 'highlights',
    decidedBy: { provider: request.model.provider, modelId: request.model.modelId },
    fileName: `${stem}.trailer.json`,
    decisions: { sequence: built.name, profile: request.profile, targetSeconds: request.targetDurationSeconds, items: plan.items },
    parameters: { route: built.route, beats: plan.items.length, seconds: plan.totalSeconds },
    source: name,
  });
  return { plan, markersAdded, sequence: built, ...omitUndefined({ provenanceId: recorded.provenanceId }), findings: recorded.findings };
}

/** The plan as a sequence: built or imported for a clip, an XML of markers for a script. */
async function trailerSequence(request: PlanTrailerRequest, plan: HighlightPlan, source: { name: string; stem: string; rate: ReturnType<typeof frameRateFromTicksPerFrame>; mediaPath?: string; folder: string }): Promise<PlannedTrailer['sequence']> {
  const title = `Trailer: ${source.name}`;
  if (source.mediaPath === undefined) {
    const xmlPath = `${source.folder.replace(/[/\\]+$/, '')}/${source.stem}.trailer.xml`;
    const cuts = plan.items.map((item) => ({ label: item.label, sourceStart: item.sourceStart, sourceEnd: item.sourceEnd, planStart: item.planStart, planEnd: item.planEnd, note: item.rationale }));
    await request.files.writeText(xmlPath, writeXmemlSequence({ name: title, rate: source.rate, cuts }));
    return { name: title, route: 'xml-file', xmlPath };
  }
  const mediaPath = source.mediaPath;
  return buildPlannedSequence({
    host: request.host,
    files: request.files,
    capabilities: request.capabilities,
    name: title,
    fileStem: `${source.stem}.trailer`,
    ranges: plan.items.map((item) => ({ ...item, mediaPath })),
    markers: plan.items.map((item, index) => ({ name: `Trailer ${index + 1}: ${item.label}`, kind: 'comment', startTicks: secondsToTicks(item.planStart), durationTicks: secondsToTicks(item.planEnd - item.planStart), comments: item.rationale })),
    undoLabel: `Reelkit: trailer of ${source.name}`,
    rate: source.rate,
  });
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
