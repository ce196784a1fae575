import type { Screenplay } from '../screenplay/screenplay.js';
import type { BechdelExchange, BechdelLine, BechdelResult, BechdelStep } from './bechdel-result.js';
import type { Cast } from './cast-member.js';
import { nameWords } from './character-mentions.js';
import { maleFirstNames } from './first-names.js';
import { maleNouns, malePronouns } from './gendered-words.js';
import { isNamedCharacter } from './is-named-character.js';
import type { CharacterAttributes } from './resolve-attributes.js';
import { wordTokens } from '../text/word-tokens.js';

/**
 * The Bechdel–Wallace test, decided per scene: (1) at least two named women speak; (2) two of them talk to each
 * other — one's line followed by the other's in the same scene (a scene break ends a conversation); (3) about
 * something other than a man — neither line uses a male character's name, a male pronoun or a male noun.
 */
export function bechdelTest(screenplay: Screenplay, attributes: ReadonlyMap<string, CharacterAttributes>, cast?: Cast): BechdelResult {
  const women = new Set([...attributes].filter(([name, value]) => value.gender?.value === 'female' && isNamedCharacter(name)).map(([name]) => name));
  const maleWords = new Set([...malePronouns, ...maleNouns, ...maleFirstNames]);
  const men = [...attributes].filter(([, value]) => value.gender?.value === 'male').map(([name]) => name);
  for (const member of cast?.members ?? []) if (member.gender === 'male') men.push(member.name, ...member.aliases);
  for (const name of men) for (const word of nameWords(name)) maleWords.add(word);

  const evidence: BechdelExchange[] = [];
  for (const scene of screenplay.scenes) {
    let previous: BechdelLine | undefined;
    for (let index = scene.elementStart; index < scene.elementEnd; index += 1) {
      const element = screenplay.elements[index];
      if (element?.kind !== 'character' || element.name === undefined) continue;
      const line = spokenBlock(screenplay, index, element.name);
      if (previous !== undefined && previous.name !== line.name && women.has(previous.name) && women.has(line.name)) {
        const maleReferences = [previous, line].flatMap((block) => maleReferencesIn(block.text, maleWords));
        evidence.push({ sceneId: scene.id, speakers: [previous.name, line.name], lines: [previous, line], maleReferences });
      }
      previous = line;
    }
  }
  const undeclared = screenplay.characters.map((character) => character.name).filter((name) => isNamedCharacter(name) && attributes.get(name)?.gender === undefined);
  return decide([...women], evidence, undeclared);
}

/** The three steps from the named women and the exchanges (also used after a model confirmation). */
export function decide(namedWomen: readonly string[], evidence: readonly BechdelExchange[], undeclared: readonly string[] = []): BechdelResult {
  const passing = evidence.filter((exchange) => exchange.maleReferences.length === 0);
  const passingScenes = [...new Set(passing.map((exchange) => exchange.sceneId))];
  const step1: BechdelStep = {
    step: 1,
    pass: namedWomen.length >= 2,
    detail: namedWomen.length >= 2 ? `Named women who speak: ${namedWomen.join(', ')}.` : `Only ${namedWomen.length} named woman speaks${namedWomen.length === 1 ? ` (${namedWomen[0]})` : ''}.`,
  };
  const sceneCount = new Set(evidence.map((exchange) => exchange.sceneId)).size;
  const step2: BechdelStep = {
    step: 2,
    pass: step1.pass && evidence.length > 0,
    detail: evidence.length > 0 ? `${evidence.length} exchange${evidence.length === 1 ? '' : 's'} between named women in ${sceneCount} scene${sceneCount === 1 ? '' : 's'}.` : 'No two named women speak to each other in a scene.',
  };
  const step3: BechdelStep = {
    step: 3,
    pass: step2.pass && passing.length > 0,
    detail:
      passing.length > 0
        ? `They talk about something other than a man in ${passingScenes.join(', ')}.`
        : evidence.length > 0
          ? `Every exchange mentions a man (${[...new Set(evidence.flatMap((exchange) => exchange.maleReferences))].join(', ')}).`
          : 'No exchange to check.',
  };
  const verdict = step3.pass ? 'pass' : undeclared.length > 0 ? 'undetermined' : 'fail';
  return { pass: step3.pass, verdict, undeclared, steps: [step1, step2, step3], namedWomen, evidence, passingScenes };
}

function spokenBlock(screenplay: Screenplay, cueIndex: number, name: string): BechdelLine {
  const cue = screenplay.elements[cueIndex];
  const texts: string[] = [];
  let end = cue?.range.end ?? { line: 0, column: 0, offset: 0 };
  for (let index = cueIndex + 1; index < screenplay.elements.length; index += 1) {
    const element = screenplay.elements[index];
    if (element === undefined || (element.kind !== 'dialogue' && element.kind !== 'parenthetical' && element.kind !== 'lyrics')) break;
    if (element.kind !== 'parenthetical') texts.push(element.text);
    end = element.range.end;
  }
  return { name, text: texts.join('\n'), range: { start: cue?.range.start ?? end, end } };
}

/** Male words in a line; a possessive counts as its word ("Dad's", "Callum's"). */
function maleReferencesIn(text: string, maleWords: ReadonlySet<string>): string[] {
  return wordTokens(text)
    .map((token) => token.lower)
    .filter((word) => maleWords.has(word) || (word.endsWith("'s") && maleWords.has(word.slice(0, -2))));
}
