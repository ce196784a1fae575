import type { Screenplay } from '../screenplay/screenplay.js';
import { creditGroupCues } from './credit-group-cues.js';
import { speakersByCue } from './speakers-by-cue.js';

/** Two characters who speak to each other: one's line answered by the other's in the same scene. */
export interface Conversation {
  /** The two names in alphabetical order. */
  readonly between: readonly [string, string];
  /** How many times the speaker changed between them. */
  readonly turns: number;
  /** Scenes where they talk, in script order. */
  readonly scenes: readonly string[];
}

/**
 * Who talks to whom: consecutive lines by different speakers in one scene count as a turn between them. A scene
 * break ends a conversation, and action between lines does not. A line spoken together (`ANN AND BOB`, `BOTH`) is
 * each of its speakers': CAL answering it is a turn with ANN and one with BOB.
 */
export function findConversations(screenplay: Screenplay): Conversation[] {
  const speakersAt = speakersByCue(creditGroupCues(screenplay.characters));
  const byPair = new Map<string, { between: [string, string]; turns: number; scenes: string[] }>();
  const turn = (a: string, b: string, sceneId: string): void => {
    const between: [string, string] = a < b ? [a, b] : [b, a];
    const key = between.join('\u0000');
    const entry = byPair.get(key) ?? { between, turns: 0, scenes: [] };
    entry.turns += 1;
    // Scenes come in order, so a pair's scene is new unless it is the last one listed (no quadratic includes).
    if (entry.scenes[entry.scenes.length - 1] !== sceneId) entry.scenes.push(sceneId);
    byPair.set(key, entry);
  };
  for (const scene of screenplay.scenes) {
    let previous: readonly string[] = [];
    for (let index = scene.elementStart; index < scene.elementEnd; index += 1) {
      const speakers = speakersAt.get(index);
      if (speakers === undefined) continue;
      for (const before of previous) for (const speaker of speakers) if (before !== speaker && !previous.includes(speaker)) turn(before, speaker, scene.id);
      previous = speakers;
    }
  }
  return [...byPair.values()].sort((a, b) => b.turns - a.turns || a.between.join().localeCompare(b.between.join()));
}
