import type { Screenplay } from '../screenplay/screenplay.js';
import type { SourceRange } from '../text/source-range.js';
import { nameWords } from './character-mentions.js';
import { creditGroupCues } from './credit-group-cues.js';
import { createNameMentionFinder } from './find-name-mentions.js';
import { appearanceWords, describeIntroduction } from './describe-introduction.js';
import { sceneIdsByElement } from './scene-lookup.js';
import { speakersByCue } from './speakers-by-cue.js';
import { splitSentences } from './split-sentences.js';
import { wordTokens } from '../text/word-tokens.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** The action sentence that introduces a character (first named in capitals, else first named), and what it says of them. */
export interface CharacterIntroduction {
  readonly sceneId?: string;
  readonly sentence: string;
  /** The words of the sentence that describe this character (see `describeIntroduction`), in order, at most 12. */
  readonly descriptors: readonly string[];
  /** The descriptors that are about looks. */
  readonly appearance: readonly string[];
  /** The action element holding the sentence. */
  readonly range: SourceRange;
}

/** Where a character is first seen or heard, the scenes they are in, and how they were introduced. */
export interface CharacterAppearances {
  readonly firstAppearance: { readonly sceneId?: string; readonly range: SourceRange };
  /** Scenes where the character speaks or is named in action, in script order. */
  readonly scenesPresent: readonly string[];
  readonly introduction?: CharacterIntroduction;
}

/** Finds, for every speaking character, the first appearance, the scenes present and the introducing sentence. */
export function findAppearances(screenplay: Screenplay): Map<string, CharacterAppearances> {
  // Speakers as the report counts them: a line spoken together (`ANN AND BOB`, `BOTH`) puts each speaker in the scene.
  const speakers = creditGroupCues(screenplay.characters);
  const names = speakers.map((character) => character.name);
  const speakersAt = speakersByCue(speakers);
  const findMentions = createNameMentionFinder(names);
  const sceneIds = sceneIdsByElement(screenplay);
  const present = new Map<string, string[]>(names.map((name) => [name, []]));
  const first = new Map<string, { sceneId?: string; range: SourceRange }>();
  const introductions = new Map<string, CharacterIntroduction>();
  const introducedInCapitals = new Set<string>();
  // A set beside each list: \`includes\` on the list made a character present in every scene quadratic.
  const seen = new Map<string, Set<string>>(names.map((name) => [name, new Set()]));
  const markPresent = (name: string, sceneId: string | undefined): void => {
    const scenes = present.get(name);
    const known = seen.get(name);
    if (scenes === undefined || known === undefined || sceneId === undefined || known.has(sceneId)) return;
    known.add(sceneId);
    scenes.push(sceneId);
  };
  screenplay.elements.forEach((element, index) => {
    const sceneId = sceneIds[index];
    const at = { ...omitUndefined({ sceneId }), range: element.range };
    if (element.kind === 'character') {
      for (const name of speakersAt.get(index) ?? []) {
        markPresent(name, sceneId);
        if (!first.has(name)) first.set(name, at);
      }
      return;
    }
    if (element.kind !== 'action') return;
    for (const sentence of splitSentences(element.text)) {
      const mentions = findMentions(wordTokens(sentence.text));
      for (const mention of mentions) {
        const { name } = mention;
        markPresent(name, sceneId);
        if (!first.has(name)) first.set(name, at);
        // A script introduces a character where it first writes the name in capitals; else the first sentence naming them.
        const inCapitals = isInCapitals(sentence.text.slice(mention.start, mention.end));
        if (introductions.has(name) && (!inCapitals || introducedInCapitals.has(name))) continue;
        if (inCapitals) introducedInCapitals.add(name);
        const others = mentions.filter((other) => other !== mention);
        const descriptors = describeIntroduction(sentence.text, mention, others, new Set(nameWords(name)));
        introductions.set(name, {
          ...omitUndefined({ sceneId }),
          sentence: sentence.text.trim(),
          descriptors,
          appearance: descriptors.filter((word) => appearanceWords.has(word)),
          range: element.range,
        });
      }
    }
  });
  const result = new Map<string, CharacterAppearances>();
  for (const name of names) {
    const firstAppearance = first.get(name);
    const introduction = introductions.get(name);
    if (firstAppearance === undefined) continue;
    result.set(name, { firstAppearance, scenesPresent: present.get(name) ?? [], ...omitUndefined({ introduction }) });
  }
  return result;
}

/** Written in capitals, as a script introduces a character: letters, none of them lower case. */
function isInCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
