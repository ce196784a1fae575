import type { Screenplay } from '../screenplay/screenplay.js';

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
 * break ends a conversation, and action between lines does not.
 */
export function findConversations(screenplay: Screenplay): Conversation[] {
  const byPair = new Map<string, { between: [string, string]; turns: number; scenes: string[] }>();
  for (const scene of screenplay.scenes) {
    let previous: string | undefined;
    for (let index = scene.elementStart; index < scene.elementEnd; index += 1) {
      const element = screenplay.elements[index];
      if (element?.kind !== 'character' || element.name === undefined) continue;
      const speaker = element.name;
      if (previous !== undefined && previous !== speaker) {
        const between: [string, string] = previous < speaker ? [previous, speaker] : [speaker, previous];
        const key = between.join('\u0000');
        const entry = byPair.get(key) ?? { between, turns: 0, scenes: [] };
        entry.turns += 1;
        // Scenes come in order, so a pair's scene is new unless it is the last one listed (no quadratic includes).
        if (entry.scenes[entry.scenes.length - 1] !== scene.id) entry.scenes.push(scene.id);
        byPair.set(key, entry);
      }
      previous = speaker;
    }
  }
  return [...byPair.values()].sort((a, b) => b.turns - a.turns || a.between.join().localeCompare(b.between.join()));
}
