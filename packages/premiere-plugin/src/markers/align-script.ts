import type { TimedWord } from '@reelkit/core/models';
import { computeStatistics } from '@reelkit/core/pagination';
import type { Screenplay } from '@reelkit/core/screenplay';

/** How one scene of the script lines up with the edit. */
export interface SceneAlignment {
  readonly sceneId: string;
  readonly heading: string;
  /** Where the script's running order and page length put the scene, in seconds from the start. */
  readonly scriptedStart: number;
  readonly scriptedDuration: number;
  /** Where its dialogue was heard in the edit; absent when none was found (cut, or no dialogue). */
  readonly editStart?: number;
  readonly editEnd?: number;
  /** Share of the scene's dialogue (as three-word runs) heard in the edit, 0..1. */
  readonly dialogueCoverage: number;
  /** `in-order`, `moved` (plays before an earlier scene), `missing` (dialogue not heard), `no-dialogue`. */
  readonly status: 'in-order' | 'moved' | 'missing' | 'no-dialogue';
}

/** The edit-to-script alignment report. */
export interface ScriptAlignment {
  readonly scenes: readonly SceneAlignment[];
  /** Scenes whose dialogue was heard, over scenes with dialogue. */
  readonly scenesFound: number;
  readonly scenesWithDialogue: number;
}

const runLength = 3;
const wordsOf = (text: string): string[] => text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * Lines the script up with the edit's transcript: each scene's dialogue is cut into three-word runs, looked up in
 * the transcript, and the scene placed where its runs are heard. Scripted times come from page length (1/8 page =
 * 7.5 s) scaled to `editSeconds`, so a scene's expected place and its real place can be compared.
 */
export function alignScript(screenplay: Screenplay, transcript: readonly TimedWord[], editSeconds: number): ScriptAlignment {
  const heard = transcript.flatMap((word) => wordsOf(word.text).map((text) => ({ text, start: word.start, end: word.end })));
  const runsAt = new Map<string, number[]>();
  for (let index = 0; index + runLength <= heard.length; index += 1) {
    const key = heard.slice(index, index + runLength).map((word) => word.text).join(' ');
    runsAt.set(key, [...(runsAt.get(key) ?? []), index]);
  }
  const eighths = computeStatistics(screenplay).scenes.map((scene) => scene.eighths);
  const totalEighths = eighths.reduce((sum, value) => sum + value, 0) || 1;
  let scripted = 0;
  let latestStart = -Infinity;
  const scenes = screenplay.scenes.map((scene, sceneIndex): SceneAlignment => {
    const share = ((eighths[sceneIndex] ?? 1) / totalEighths) * editSeconds;
    const base = { sceneId: scene.id, heading: scene.heading, scriptedStart: round(scripted), scriptedDuration: round(share) };
    scripted += share;
    const spoken = screenplay.characters.flatMap((character) => character.dialogueBlocks.filter((block) => block.sceneId === scene.id)).sort((a, b) => a.cueIndex - b.cueIndex).flatMap((block) => wordsOf(block.text));
    if (spoken.length < runLength) return { ...base, dialogueCoverage: 0, status: 'no-dialogue' };
    let found = 0;
    let first = Infinity;
    let last = -Infinity;
    const runs = spoken.length - runLength + 1;
    for (let index = 0; index < runs; index += 1) {
      const positions = runsAt.get(spoken.slice(index, index + runLength).join(' '));
      if (positions === undefined) continue;
      found += 1;
      first = Math.min(first, heard[positions[0] ?? 0]?.start ?? first);
      last = Math.max(last, heard[(positions[0] ?? 0) + runLength - 1]?.end ?? last);
    }
    if (found === 0) return { ...base, dialogueCoverage: 0, status: 'missing' };
    const status = first < latestStart ? 'moved' : 'in-order';
    latestStart = Math.max(latestStart, first);
    return { ...base, editStart: first, editEnd: last, dialogueCoverage: round(found / runs), status };
  });
  const withDialogue = scenes.filter((scene) => scene.status !== 'no-dialogue');
  return { scenes, scenesFound: withDialogue.filter((scene) => scene.editStart !== undefined).length, scenesWithDialogue: withDialogue.length };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
