import type { CastMember } from '../../representation/cast-member.js';

/** The voice a character is dubbed with, and whether the writer declared it or Reelkit picked it. */
export interface CharacterVoice {
  readonly voice: string;
  readonly source: 'declared' | 'assigned';
}

/**
 * A voice per character: the `voice` the cast block declares for them (or for a name they go by), else the next of
 * `voices` no one declared, in turn. Names the cast block lists as one person's (`aka`) share one voice, so each
 * character keeps one voice through the whole dub. Characters are
 * assigned in the order given (first line first), which keeps the choice stable between runs.
 */
export function assignVoices(characters: readonly string[], cast: readonly CastMember[], voices: readonly string[]): Record<string, CharacterVoice> {
  const declared = new Map<string, string>();
  const canonical = new Map<string, string>();
  for (const member of cast) {
    for (const name of [member.name, ...member.aliases]) {
      canonical.set(name, member.name);
      if (member.voice !== undefined) declared.set(name, member.voice);
    }
  }
  const declaredVoices = new Set(declared.values());
  const free = voices.filter((voice) => !declaredVoices.has(voice));
  const pool = free.length > 0 ? free : voices;
  const byPerson = new Map<string, CharacterVoice>();
  const result: Record<string, CharacterVoice> = {};
  let next = 0;
  for (const character of characters) {
    const person = canonical.get(character) ?? character;
    const voice = declared.get(character);
    let chosen = byPerson.get(person);
    if (chosen === undefined && voice !== undefined) chosen = { voice, source: 'declared' };
    else if (chosen === undefined && pool.length > 0) chosen = { voice: pool[next++ % pool.length] ?? '', source: 'assigned' };
    if (chosen === undefined) continue;
    byPerson.set(person, chosen);
    result[character] = chosen;
  }
  return result;
}
