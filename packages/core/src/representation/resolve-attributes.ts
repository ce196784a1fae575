import type { Screenplay } from '../screenplay/screenplay.js';
import type { Cast, CastMember, GenderAttribute } from './cast-member.js';
import { inferGenders } from './infer-gender.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** What the report knows about one character: declared attributes, and an inferred gender only when asked for. */
export interface CharacterAttributes {
  readonly gender?: GenderAttribute;
  readonly age?: string;
  readonly groups: readonly string[];
}

/** Options shared by the bias checks. */
export interface AttributeOptions {
  /** Guess gender from pronouns and names for characters the cast block does not declare (default false). */
  readonly inferGender?: boolean;
}

/**
 * The cast member a cue belongs to: by full name, by `aka`, or by one word of the declared full name that no other
 * member shares (writers declare `MAGS DUNMORE` and write the cue `MAGS`).
 */
export function findCastMember(cast: Cast, name: string): CastMember | undefined {
  const exact = cast.members.find((member) => member.name === name || member.aliases.includes(name));
  if (exact !== undefined) return exact;
  const byWord = cast.members.filter((member) => member.name.split(' ').includes(name));
  return byWord.length === 1 ? byWord[0] : undefined;
}

/** Attributes of every speaking character by name: the declaration first, inference (opt-in) only to fill gaps. */
export function resolveAttributes(screenplay: Screenplay, cast: Cast, options: AttributeOptions = {}): Map<string, CharacterAttributes> {
  const names = screenplay.characters.map((character) => character.name);
  const undeclared = names.filter((name) => findCastMember(cast, name)?.gender === undefined);
  const inferred = options.inferGender === true ? inferGenders(screenplay, undeclared) : new Map<string, GenderAttribute>();
  const result = new Map<string, CharacterAttributes>();
  for (const name of names) {
    const member = findCastMember(cast, name);
    const gender: GenderAttribute | undefined =
      member?.gender !== undefined ? { value: member.gender, source: 'declared', confidence: 1 } : inferred.get(name);
    result.set(name, {
      ...omitUndefined({ gender }),
      ...(member?.age === undefined ? {} : { age: member.age }),
      groups: member?.groups ?? [],
    });
  }
  return result;
}
