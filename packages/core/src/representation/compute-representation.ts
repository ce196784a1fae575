import type { Screenplay } from '../screenplay/screenplay.js';
import type { Cast } from './cast-member.js';
import type { CharacterRepresentation } from './character-representation.js';
import { creditGroupCues } from './credit-group-cues.js';
import { puddingWordThreshold, share } from './dialogue-share.js';
import { findAppearances } from './find-appearances.js';
import { findConversations, type Conversation } from './find-conversations.js';
import { groupRepresentation, type GroupRepresentation } from './group-representation.js';
import { resolveAttributes, type AttributeOptions } from './resolve-attributes.js';

/** Representation of a script: per character, per declared group, and who talks to whom. */
export interface Representation {
  readonly speakingCharacters: number;
  readonly totalLines: number;
  readonly totalWords: number;
  readonly characters: readonly CharacterRepresentation[];
  readonly groups: readonly GroupRepresentation[];
  readonly conversations: readonly Conversation[];
}

/** Computes representation from the parsed script and the declared cast (inference only if opted in). */
export function computeRepresentation(screenplay: Screenplay, cast: Cast, options: AttributeOptions = {}): Representation {
  const attributes = resolveAttributes(screenplay, cast, options);
  const appearances = findAppearances(screenplay);
  // A shared line counts for each of its speakers; the shares are of the words so credited.
  const speakers = creditGroupCues(screenplay.characters);
  const totalWords = speakers.reduce((sum, character) => sum + character.words, 0);
  const totalLines = speakers.reduce((sum, character) => sum + character.lines, 0);
  const over100 = speakers.filter((character) => character.words >= puddingWordThreshold).reduce((sum, character) => sum + character.words, 0);
  const characters: CharacterRepresentation[] = speakers.map((character) => {
    const attribute = attributes.get(character.name) ?? { groups: [] };
    return {
      name: character.name,
      lines: character.lines,
      words: character.words,
      dialogueShare: share(character.words, totalWords),
      dialogueShareOver100: character.words >= puddingWordThreshold ? share(character.words, over100) : 0,
      speakingScenes: character.scenes.length,
      ...appearances.get(character.name),
      ...attribute,
    };
  });
  return {
    speakingCharacters: characters.length,
    totalLines,
    totalWords,
    characters,
    groups: groupRepresentation(characters),
    conversations: findConversations(screenplay),
  };
}
