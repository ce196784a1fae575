import type { Finding } from '@reelkit/core/findings';
import type { Guard } from '@reelkit/core/guard';
import type { ScriptAssembly } from '@reelkit/core/tasks/script-assembly';
import type { PremiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { fileNameOf } from '../paths/file-name-of.js';
import type { FileStore } from '../ports/file-store.js';
import type { NewMarker, PremiereHost } from '../ports/premiere-host.js';
import { recordTimelineEdit } from '../provenance/record-timeline-edit.js';
import type { FrameRate } from '../time/frame-rate.js';
import { secondsToTicks } from '../time/ticks.js';
import { buildPlannedSequence, type PlannedSequenceRoute } from './build-planned-sequence.js';

/** A planned assembly to build. */
export interface ScriptAssemblyBuild {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly guard: Guard;
  readonly capabilities: PremiereCapabilities;
  readonly assembly: ScriptAssembly;
  /** The script's title: the sequence is "<title> — assembly". */
  readonly title: string;
  readonly rate?: FrameRate;
}

/** What was built. */
export interface BuiltScriptAssembly {
  readonly name: string;
  readonly route: PlannedSequenceRoute;
  readonly provenanceId?: string;
  readonly findings: readonly Finding[];
}

const lineCount = (count: number): string => `${count} line${count === 1 ? '' : 's'} of the script`;

/**
 * Builds the assembly as a new sequence "<title> — assembly": each line's best take in script order, a chapter marker
 * per scene spanning its takes, the edit one undo step (26.3+; FCP 7 XML imported before), recorded in the ledger.
 */
export async function buildScriptAssembly(request: ScriptAssemblyBuild): Promise<BuiltScriptAssembly> {
  const { assembly } = request;
  const markers: NewMarker[] = assembly.scenes.map((scene) => ({
    name: scene.heading,
    kind: 'chapter',
    startTicks: secondsToTicks(scene.planStart),
    durationTicks: secondsToTicks(scene.planEnd - scene.planStart),
    comments: lineCount(assembly.clips.filter((clip) => clip.sceneId === scene.sceneId).length),
  }));
  const slug = request.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'script';
  const built = await buildPlannedSequence({
    host: request.host,
    files: request.files,
    capabilities: request.capabilities,
    name: `${request.title} — assembly`,
    fileStem: `${slug}.assembly`,
    ranges: assembly.clips.map((clip) => ({ ...clip, mediaPath: clip.sourceId, label: `${clip.character}: ${clip.text.slice(0, 40)}` })),
    markers,
    undoLabel: `Reelkit: assembly of ${request.title}`,
    ...(request.rate === undefined ? {} : { rate: request.rate }),
  });
  const recorded = await recordTimelineEdit(request.guard, request.files, {
    task: 'script-assembly',
    decidedBy: 'tool',
    fileName: `${slug}.assembly.json`,
    decisions: { sequence: built.name, clips: assembly.clips, scenes: assembly.scenes, missing: assembly.missing.map((line) => ({ id: line.id, character: line.character, text: line.text })) },
    parameters: { route: built.route, lines: assembly.clips.length, missing: assembly.missing.length, sources: [...new Set(assembly.clips.map((clip) => fileNameOf(clip.sourceId)))] },
    source: request.title,
  });
  return { name: built.name, route: built.route, ...(recorded.provenanceId === undefined ? {} : { provenanceId: recorded.provenanceId }), findings: recorded.findings };
}
