import type { Finding } from '@reelkit/core/findings';
import type { Guard } from '@reelkit/core/guard';
import { summarizeRoughCut, type RoughCutPlan } from '@reelkit/core/tasks/rough-cut';
import type { PremiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { fileNameOf } from '../paths/file-name-of.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { recordTimelineEdit } from '../provenance/record-timeline-edit.js';
import type { FrameRate } from '../time/frame-rate.js';
import { buildPlannedSequence, type PlannedSequenceRoute } from './build-planned-sequence.js';

/** A planned rough cut to build, with the editor's ticks applied (`selectCuts`). */
export interface RoughCutBuild {
  readonly host: PremiereHost;
  readonly files: FileStore;
  /** The session guard: the edit is recorded in the project ledger through it. */
  readonly guard: Guard;
  readonly capabilities: PremiereCapabilities;
  readonly mediaPath: string;
  readonly plan: RoughCutPlan;
  /** The frame rate cuts land on (the active sequence's); 24 fps when unknown. */
  readonly rate?: FrameRate;
}

/** What was built, how, and what it removed. */
export interface BuiltRoughCut {
  readonly name: string;
  readonly route: PlannedSequenceRoute;
  /** "Removed 12 silences (41.3 s), …: 10:02.0 → 9:08.6." */
  readonly summary: string;
  readonly editPath: string;
  readonly provenanceId?: string;
  readonly findings: readonly Finding[];
}

/**
 * Builds a rough cut as a new sequence "<clip> — rough cut" — never touching the clip or any sequence — on Premiere
 * 26.3+ directly (the edit one undo step), before 26.3 as FCP 7 XML imported into Reelkit Sequences, and records the
 * edit decision list (every cut with its reason) in the project ledger.
 */
export async function buildRoughCutSequence(request: RoughCutBuild): Promise<BuiltRoughCut> {
  const fileName = fileNameOf(request.mediaPath);
  const stem = fileName.replace(/\.[^.]+$/, '');
  const summary = summarizeRoughCut(request.plan);
  const built = await buildPlannedSequence({
    host: request.host,
    files: request.files,
    capabilities: request.capabilities,
    name: `${stem} — rough cut`,
    fileStem: `${stem}.rough-cut`,
    ranges: request.plan.kept.map((range) => ({ ...range, mediaPath: request.mediaPath, label: `${stem} ${range.sourceStart.toFixed(1)}–${range.sourceEnd.toFixed(1)} s` })),
    markers: [],
    undoLabel: `Reelkit: rough cut of ${fileName}`,
    ...(request.rate === undefined ? {} : { rate: request.rate }),
  });
  const recorded = await recordTimelineEdit(request.guard, request.files, {
    task: 'rough-cut',
    decidedBy: 'tool',
    fileName: `${stem}.rough-cut.json`,
    decisions: { sequence: built.name, source: request.mediaPath, sourceSeconds: request.plan.sourceSeconds, planSeconds: request.plan.planSeconds, cuts: request.plan.cuts, kept: request.plan.kept },
    parameters: { route: built.route, cuts: request.plan.cuts.filter((cut) => cut.selected).length, unticked: request.plan.cuts.filter((cut) => !cut.selected).length },
    source: fileName,
  });
  return { name: built.name, route: built.route, summary: summary.text, editPath: recorded.path, ...(recorded.provenanceId === undefined ? {} : { provenanceId: recorded.provenanceId }), findings: recorded.findings };
}
