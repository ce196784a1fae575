import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from './parse-fountain.js';
import type { Screenplay } from './screenplay.js';

type Item = [string, string];

/** Our elements as screenplain's HTML shows them: one item per dialogue line, transitions upper case. */
function asItems(screenplay: Screenplay): Item[] {
  return screenplay.elements.flatMap((element): Item[] => {
    if (element.kind === 'dialogue') return element.text.split('\n').map((line): Item => ['dialogue', line]);
    if (element.kind === 'section') return [[`section-${element.depth ?? 0}`, element.text]];
    if (element.kind === 'transition') return [['transition', element.text.toUpperCase()]];
    return [[element.kind, element.text]];
  });
}

function decode(html: string): string {
  return html
    .replace(/<span class="scnum[lr]">[^<]*<\/span>/g, '')
    .replace(/<br\/>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .trim();
}

/** Screenplain's expected HTML as the same items. */
function htmlItems(html: string): Item[] {
  const pattern =
    /<h6( class="page-break")?>(.*?)<\/h6>|<h(\d)>(.*?)<\/h\d>|<span class="h\d-synopsis">(.*?)<\/span>|<div class="action"><p>(.*?)<\/p><\/div>|<div class="transition">(.*?)<\/div>|<p class="character">(.*?)<\/p>|<p class="parenthetical">(.*?)<\/p>|<p>(.*?)<\/p>/g;
  const items: Item[] = [];
  for (const match of html.matchAll(pattern)) {
    if (match[2] !== undefined) {
      if (match[1]) items.push(['page-break', '']);
      items.push(['scene-heading', decode(match[2])]);
    } else if (match[3] !== undefined) items.push([`section-${match[3]}`, decode(match[4] ?? '')]);
    else if (match[5] !== undefined) items.push(['synopsis', decode(match[5])]);
    else if (match[6] !== undefined) items.push(['action', match[6].split('<br/>').map((line) => decode(line).length === 0 ? '' : line.replace(/&nbsp;/g, ' ').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))).join('\n')]);
    else if (match[7] !== undefined) items.push(['transition', decode(match[7])]);
    else if (match[8] !== undefined) items.push(['character', decode(match[8])]);
    else if (match[9] !== undefined) items.push(['parenthetical', decode(match[9])]);
    else if (match[10] !== undefined) items.push(['dialogue', decode(match[10])]);
  }
  return items;
}

const corpus = sharedFolder('corpus');
const readCorpus = corpus.read;
const goldenWithHtml = corpus.available
  ? readdirSync(new URL('screenplain-golden/', corpus.root))
      .filter((name) => name.endsWith('.html'))
      .map((name) => name.slice(0, -'.html'.length))
  : [];

corpus.describe('screenplain golden files', () => {
  it('finds the golden files', () => {
    expect(goldenWithHtml).toHaveLength(16);
  });
  it.each(goldenWithHtml)('%s.fountain parses to the kinds and text of %s.html', (name) => {
    const screenplay = parseFountain(readCorpus(`screenplain-golden/${name}.fountain`));
    expect(asItems(screenplay)).toEqual(htmlItems(readCorpus(`screenplain-golden/${name}.html`)));
  });
  it('reads the dual dialogue pair as left and right', () => {
    const cues = parseFountain(readCorpus('screenplain-golden/dual-dialogue.fountain')).elements.filter((element) => element.kind === 'character');
    expect(cues.map((cue) => [cue.name, cue.dual])).toEqual([['GIRL', 'left'], ['GUY', 'right']]);
  });
  it('reads the title page with an indented multi-line value', () => {
    const screenplay = parseFountain(readCorpus('screenplain-golden/title-page.fountain'));
    expect(screenplay.titlePage.entries.map((entry) => [entry.key, entry.value])).toEqual([
      ['Title', 'My Screenplay'],
      ['Author', 'Your Name'],
      ['Contact', 'your.email@example.com\n(555) 123-4567'],
    ]);
    expect(asItems(screenplay)).toEqual([['action', 'FADE IN:'], ['action', 'SPACE']]);
  });
});

const kinds = (path: string): string[] => parseFountain(readCorpus(path)).elements.map((element) => element.kind);

corpus.describe('nyousefi fixtures (element kind per index, as FountainTests/*Tests.m check them)', () => {
  it('Dialogue: cues with extensions, lower-case cont\'d, dual, parentheticals, an all-digit non-cue, indented blocks', () => {
    const screenplay = parseFountain(readCorpus('nyousefi-fixtures/Dialogue.fountain'));
    expect(screenplay.elements.map((element) => element.kind)).toEqual([
      'character', 'dialogue', 'character', 'dialogue', 'character', 'parenthetical', 'dialogue', 'character', 'dialogue',
      'character', 'dialogue', 'character', 'dialogue', 'character', 'dialogue', 'parenthetical', 'character', 'dialogue',
      'character', 'dialogue', 'character', 'dialogue', 'parenthetical', 'action', 'character', 'dialogue', 'character',
      'parenthetical', 'dialogue',
    ]);
    expect(screenplay.elements[18]).toMatchObject({ text: 'EVE', name: 'EVE', dual: 'right' });
    expect(screenplay.elements[25]?.text).toBe("That was really weird.\nI can be weird to. Here's\na space in the dialogue\nblock\n\nfor absolutely no good\nreason.");
  });
  it('SceneHeaders: every INT/EXT/EST/I/E form, forced .KITCHEN, not "...", not ESTABLISHING, lower case', () => {
    expect(kinds('nyousefi-fixtures/SceneHeaders.fountain')).toEqual([
      ...Array<string>(14).fill('scene-heading'), 'scene-heading', 'action', 'scene-heading', 'scene-heading', 'action', 'scene-heading',
    ]);
  });
  it('SceneNumbers: the number leaves the heading text', () => {
    const headings = parseFountain(readCorpus('nyousefi-fixtures/SceneNumbers.fountain')).elements;
    expect(headings.map((element) => element.sceneNumber)).toEqual(['1', '1A', '1a', 'A1', 'I-1-A', '1.', '110A']);
    expect(headings[6]?.text).toBe('INT. HOUSE - DAY - FLASHBACK (1944)');
  });
  it('Transitions: TO: endings, forced >, trailing space and FADE TO BLACK. are action', () => {
    expect(kinds('nyousefi-fixtures/Transitions.fountain')).toEqual(['transition', 'transition', 'action', 'transition', 'action', 'transition', 'transition']);
  });
  it('CenteredText and ForcedElements', () => {
    expect(kinds('nyousefi-fixtures/CenteredText.fountain')).toEqual(['centered', 'transition', 'centered', 'centered']);
    expect(kinds('nyousefi-fixtures/ForcedElements.fountain')).toEqual(['action', 'character', 'dialogue', 'character', 'lyrics']);
  });
  it('Boneyard, Notes, PageBreaks, MultilineAction, Indenting', () => {
    expect(kinds('nyousefi-fixtures/Boneyard.fountain')).toEqual(['action', 'action']);
    expect(parseFountain(readCorpus('nyousefi-fixtures/Boneyard.fountain')).annotations.map((note) => note.kind)).toEqual(['boneyard', 'boneyard', 'boneyard']);
    expect(kinds('nyousefi-fixtures/Notes.fountain')).toEqual(['action', 'action']);
    expect(kinds('nyousefi-fixtures/PageBreaks.fountain')).toEqual(['action', 'page-break', 'action', 'page-break', 'action']);
    expect(kinds('nyousefi-fixtures/MultilineAction.fountain')).toEqual(['action', 'action', 'action']);
    expect(kinds('nyousefi-fixtures/Indenting.fountain')).toEqual(['transition', 'scene-heading', 'action', 'character', 'dialogue', 'character', 'parenthetical', 'dialogue', 'action']);
  });
  it('Sections and synopses with depth', () => {
    const sections = parseFountain(readCorpus('nyousefi-fixtures/SectionHeaders.fountain')).elements;
    expect(sections.map((element) => [element.depth, element.text])).toEqual([[1, 'Act One'], [1, 'Act Two'], [1, 'ACT THREE'], [1, 'ACT FOUR'], [1, '5'], [2, 'Level 2'], [3, 'Level 3']]);
    expect(kinds('nyousefi-fixtures/Sections-Complex.fountain')).toEqual(['section', 'synopsis', 'scene-heading', 'section', 'section', 'scene-heading']);
    expect(kinds('nyousefi-fixtures/Synopses.fountain')).toEqual(['section', 'synopsis', 'section', 'synopsis', 'section', 'synopsis']);
  });
  it('Simple: title page, forced heading, centered, notes and boneyard kept as annotations', () => {
    const screenplay = parseFountain(readCorpus('nyousefi-fixtures/Simple.fountain'));
    expect(screenplay.titlePage.entries.map((entry) => entry.key)).toEqual(['Title', 'Author', 'Draft date']);
    expect(screenplay.elements.map((element) => element.kind)).toEqual([
      'action', 'scene-heading', 'action', 'character', 'parenthetical', 'dialogue', 'page-break', 'scene-heading', 'action',
      'transition', 'centered', 'synopsis', 'section', 'action', 'section', 'action', 'scene-heading', 'action', 'action', 'action',
    ]);
    expect(screenplay.annotations.map((note) => [note.kind, note.text])).toEqual([
      ['note', 'Comment'],
      ['boneyard', '\nThis text is in the boneyard.\n'],
      ['boneyard', ' Boneyard 2 '],
      ['note', 'The following should not be considered a transition because it ends with one or more spaces.'],
    ]);
  });
});

corpus.describe('afterwriting i18n scripts', () => {
  it('Cyrillic: title page, ИНТ. headings, a cue with parenthetical and emphasis', () => {
    const screenplay = parseFountain(readCorpus('afterwriting-i18n/cyrillic.fountain'));
    expect(screenplay.titlePage.entries.map((entry) => [entry.key, entry.value])).toEqual([['Title', 'Лорем ипсум'], ['Author', 'долор сит амет']]);
    expect(screenplay.elements.map((element) => element.kind)).toEqual(['scene-heading', 'action', 'character', 'dialogue', 'parenthetical', 'dialogue', 'action', 'scene-heading', 'action', 'action']);
    expect(screenplay.scenes.map((scene) => [scene.setting, scene.location, scene.timeOfDay])).toEqual([
      ['INT', 'КВАРТИРА МАШИ – СТОЛОВАЯ', 'ДЕНЬ'],
      ['INT', 'КВАРТИРА МАШИ – КУХНЯ', 'ДЕНЬ'],
    ]);
    expect(screenplay.elements[1]?.emphasis.map((span) => span.style)).toEqual(['italic']);
  });
  it.each(['jp', 'sc'])('%s: full-width colon title page, INT。 heading, caseless cue with full-width parenthetical', (name) => {
    const screenplay = parseFountain(readCorpus(`afterwriting-i18n/${name}.fountain`));
    expect(screenplay.titlePage.entries.map((entry) => entry.key)).toEqual(['Title', 'Author']);
    expect(screenplay.elements.map((element) => element.kind)).toEqual(['action', 'scene-heading', 'action', 'character', 'parenthetical', 'dialogue', 'action', 'action']);
    expect(screenplay.scenes[0]?.setting).toBe('INT');
  });
});

corpus.describe('full scripts', () => {
  const stripPositions = (screenplay: Screenplay): unknown =>
    screenplay.elements.map((element) => ({ kind: element.kind, text: element.text, name: element.name, dual: element.dual }));
  it('the CRLF copy of Brick & Steel parses to the same elements as the LF one', () => {
    const lf = parseFountain(readCorpus('full-scripts/Brick-and-Steel.fountain'));
    const crlf = parseFountain(readCorpus('full-scripts/Brick-and-Steel.crlf.fountain'));
    expect(stripPositions(crlf)).toEqual(stripPositions(lf));
    expect(lf.elements.filter((element) => element.kind === 'dialogue')).toHaveLength(22);
    expect(lf.titlePage.entries.map((entry) => entry.key)).toEqual(['Title', 'Credit', 'Author', 'Source', 'Draft date', 'Contact']);
  });
  it('Big Fish: THE BEAST. is action, counts are stable', () => {
    const screenplay = parseFountain(readCorpus('full-scripts/Big-Fish.fountain'));
    const beast = screenplay.elements.find((element) => element.text === 'THE BEAST.');
    expect(beast?.kind).toBe('action');
    expect(beast?.range.start).toEqual({ line: 242, column: 0, offset: readCorpus('full-scripts/Big-Fish.fountain').indexOf('\nTHE BEAST.') + 1 });
    expect([screenplay.elements.length, screenplay.scenes.length, screenplay.characters.length]).toEqual([2755, 192, 48]);
    expect(screenplay.titlePage.entries.find((entry) => entry.key === 'Notes')?.value).toBe('FINAL PRODUCTION DRAFT\nincludes post-production dialogue\nand omitted scenes');
    const edward = screenplay.characters.find((character) => character.name === 'EDWARD');
    expect(edward?.dialogueBlocks[1]?.extensions).toEqual(['V.O.', "CONT'D"]);
  });
  it('The Last Birthday Card: sections nest, forced headings, scenes get stable ids', () => {
    const screenplay = parseFountain(readCorpus('full-scripts/The-Last-Birthday-Card.fountain'));
    expect(screenplay.elements.filter((element) => element.kind === 'section').slice(0, 3).map((element) => [element.depth, element.text])).toEqual([
      [1, 'ACT I'], [2, 'Meet Scott'], [3, "Scott's SF Apartment"],
    ]);
    expect(screenplay.scenes.slice(0, 2).map((scene) => scene.id)).toEqual(['int-san-francisco-apartment-day', 'int-hallway-scott-s-apartment-building-a-moment-later']);
  });
});
