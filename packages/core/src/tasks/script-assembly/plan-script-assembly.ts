import type { Screenplay } from '../../screenplay/screenplay.js';
import type { WorkCounter } from '../rough-cut/token-similarity.js';
import { matchScriptLines, type MatchOptions, type TakeSource } from './match-script-lines.js';
import { scriptLines, type ScriptLine } from './script-line.js';

/** A take placed in the assembly. Times in seconds: source times of its clip, plan times of the new sequence. */
export interface AssemblyClip {
  readonly sourceId: string;
  readonly scriptLineId: string;
  readonly sceneId: string;
  readonly character: string;
  readonly text: string;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly planStart: number;
  readonly planEnd: number;
  readonly similarity: number;
  /** How many takes of the line were found; the clip is the best of them. */
  readonly takesFound: number;
}

/** Where a scene plays in the assembly: one marker each. */
export interface AssemblyScene {
  readonly sceneId: string;
  readonly heading: string;
  readonly planStart: number;
  readonly planEnd: number;
}

/** A first assembly in script order. */
export interface ScriptAssembly {
  readonly clips: readonly AssemblyClip[];
  readonly scenes: readonly AssemblyScene[];
  /** Script lines no take was found for, in script order. */
  readonly missing: readonly ScriptLine[];
  readonly planSeconds: number;
  readonly work: Readonly<WorkCounter>;
}

/** What to assemble. */
export interface ScriptAssemblyRequest {
  readonly screenplay: Screenplay;
  readonly sources: readonly TakeSource[];
  readonly options?: MatchOptions & {
    /** Extra media kept before and after each take so words are not clipped (default 0.1 s). */
    readonly handleSeconds?: number;
  };
}

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/**
 * Lays the best take of every script line end to end in script order (scene by scene, line by line), each with a
 * short handle, and marks where each scene starts and ends; lines without a take are listed, not guessed.
 */
export function planScriptAssembly(request: ScriptAssemblyRequest): ScriptAssembly {
  const handle = request.options?.handleSeconds ?? 0.1;
  const work: WorkCounter = { comparisons: 0, cells: 0 };
  const matched = matchScriptLines(scriptLines(request.screenplay), request.sources, request.options, work);
  const clips: AssemblyClip[] = [];
  const scenes: AssemblyScene[] = [];
  let planAt = 0;
  for (const { line, takes, best } of matched) {
    if (best === undefined) continue;
    const sourceStart = round(Math.max(0, best.start - handle));
    const sourceEnd = round(best.end + handle);
    const planEnd = round(planAt + sourceEnd - sourceStart);
    clips.push({ sourceId: best.sourceId, scriptLineId: line.id, sceneId: line.sceneId, character: line.character, text: best.text, sourceStart, sourceEnd, planStart: planAt, planEnd, similarity: best.similarity, takesFound: takes.length });
    const scene = scenes.at(-1);
    if (scene?.sceneId === line.sceneId) scenes[scenes.length - 1] = { ...scene, planEnd };
    else scenes.push({ sceneId: line.sceneId, heading: line.sceneHeading, planStart: planAt, planEnd });
    planAt = planEnd;
  }
  return { clips, scenes, missing: matched.filter((entry) => entry.best === undefined).map((entry) => entry.line), planSeconds: planAt, work };
}
