import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { summarize } from './__fixtures__/screenplay-summary.js';
import { readFdx } from './read-fdx.js';

const corpus = sharedFolder('corpus');
const fdx = (content: string, rest = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="5">\n<Content>\n${content}\n</Content>\n${rest}</FinalDraft>\n`;
const paragraph = (type: string, text: string, attributes = ''): string => `<Paragraph Type="${type}"${attributes}><Text>${text}</Text></Paragraph>`;
const body = (content: string, rest = ''): string => readFdx(fdx(content, rest)).fountain;

describe('readFdx', () => {
  it('reads a file in Final Draft 13 form (written here) to this Fountain', () => {
    const { fountain, warnings } = readFdx(readFileSync(new URL('./__fixtures__/final-draft-13-style.fdx', import.meta.url), 'utf8'));
    expect(fountain).toBe(
      [
        'Title: _**THE LONG NIGHT**_',
        'Credit: Written by',
        'Author: Jo Rivera',
        'Source: Based on a story by Ana Cruz',
        'Draft date: March 7, 2024',
        'Contact:',
        '    Jo Rivera',
        '    jo@example.com',
        '',
        '# Act One',
        '',
        '= Mara finds the lighthouse dark.',
        '',
        'EXT. LIGHTHOUSE - NIGHT #1#',
        '',
        'Rain **hammers** the glass. *MARA*, 30s, climbs the _**spiral stairs**_. [[Is the rain too much?',
        'Ask Ana.]]',
        '',
        'CLOSE ON THE LAMP',
        '',
        'MARA (V.O.)',
        '(quietly)',
        'It found us.',
        '  ',
        'It *always* does. [[Check the storm effects budget.]]',
        '',
        'BRICK [[Together or one after the other?]]',
        'Screw it.',
        '',
        'STEEL ^',
        'Screw it.',
        '',
        'CUT TO:',
        '',
        '.THE LAMP ROOM #2A#',
        '',
        '> FADE TO BLACK.',
        '',
        '===',
        '',
        '> ACT TWO <',
        '',
        'MARA, the keeper',
        '',
        '.OMITTED #3#',
        '',
        '===',
        '',
        'Morning. The sea is flat.',
        '',
        'Ten years earlier.',
        '',
        '> _THE END_ <',
        '',
      ].join('\n'),
    );
    expect(warnings.map(({ ruleId, severity, message, evidence, range }) => ({ ruleId, severity, message, evidence, line: range?.start.line }))).toEqual([
      { ruleId: 'fdx.shot-as-action', severity: 'info', message: '1 Shot paragraph became action in capitals: Fountain has no shots.', evidence: undefined, line: 39 },
      { ruleId: 'fdx.unknown-paragraph-type', severity: 'warning', message: '1 paragraph of the unknown type "Flashback Card" became action.', evidence: 'Flashback Card', line: 110 },
    ]);
  });

  it.each([
    ['a numbered scene heading', paragraph('Scene Heading', 'INT. HOUSE - DAY', ' Number="12"'), 'INT. HOUSE - DAY #12#\n'],
    ['a heading Fountain would not know, forced with .', paragraph('Scene Heading', 'SNIPER SCOPE POV'), '.SNIPER SCOPE POV\n'],
    ['action that would read as a cue, forced with !', '<Paragraph Type="Action"><Text>BOOM\n</Text><Text>The lamp dies.</Text></Paragraph>', '!BOOM\nThe lamp dies.\n'],
    ['a cue in lower case, forced with @', paragraph('Character', 'McCoy') + paragraph('Dialogue', 'Hi.'), '@McCoy\nHi.\n'],
    ['a transition not ending in TO:, forced with >', paragraph('Transition', 'Fade out.'), '> Fade out.\n'],
    ['a transition', paragraph('Transition', 'CUT TO:'), 'CUT TO:\n'],
    ['centred action', paragraph('Action', 'THE END', ' Alignment="Center"'), '> THE END <\n'],
    ['a page break', paragraph('Action', 'One.') + paragraph('Action', 'Two.', ' StartsNewPage="Yes"'), 'One.\n\n===\n\nTwo.\n'],
    ['a parenthetical without parentheses', paragraph('Character', 'ANN') + paragraph('Parenthetical', 'beat') + paragraph('Dialogue', 'No.'), 'ANN\n(beat)\nNo.\n'],
    ['lyrics', paragraph('Character', 'ANN') + paragraph('Lyrics', 'La la la'), 'ANN\n~La la la\n'],
    ['outline levels and a summary', paragraph('Outline 2 (Sequences)', 'The storm') + paragraph('Summary', 'It rains.'), '## The storm\n\n= It rains.\n'],
    ['general text and a cast list as action', paragraph('General', 'Note to cast.') + paragraph('Cast List', 'ANN, a keeper'), 'Note to cast.\n\nANN, a keeper\n'],
    ['New Act and End of Act', paragraph('New Act', 'ACT TWO') + paragraph('End of Act', 'END OF ACT TWO'), '===\n\n> ACT TWO <\n\n> END OF ACT TWO <\n'],
    ['a Note paragraph as a Fountain note', paragraph('Action', 'Rain.') + paragraph('Note', 'Too wet?'), 'Rain. [[Too wet?]]\n'],
    ['an older inline ScriptNote', '<Paragraph Type="Transition"><ScriptNote ID="1"><Paragraph><Text>Hard cut?</Text></Paragraph></ScriptNote><Text>CUT TO:</Text></Paragraph>', 'CUT TO:[[Hard cut?]]\n'],
    ['a dual dialogue block without a wrapping paragraph', `<DualDialogue>${paragraph('Character', 'ANN')}${paragraph('Dialogue', 'Yes.')}${paragraph('Character', 'BOB')}${paragraph('Dialogue', 'No.')}</DualDialogue>`, 'ANN\nYes.\n\nBOB ^\nNo.\n'],
  ])('reads %s', (_, content, expected) => {
    expect(body(content)).toBe(expected);
  });

  it('turns styled runs into emphasis Fountain can write, trimming spaces off the markers', () => {
    const runs = [
      '<Text>A</Text><Text Style="Bold"> loud </Text><Text>noise, </Text>',
      '<Text Style="Bold+Italic+Underline">all three</Text><Text>, </Text>',
      '<Text Style="Bold">bold and </Text><Text Style="Bold+Italic">both</Text><Text Style="Bold"> again</Text><Text>, </Text>',
      '<Text Style="Strikeout">struck</Text><Text> &amp; </Text><Text Style="AllCaps">shout</Text>',
    ].join('');
    expect(body(`<Paragraph Type="Action">${runs}</Paragraph>`)).toBe('A **loud** noise, _***all three***_, **bold and *both* again**, struck & SHOUT\n');
  });

  it('keeps the wider style where bold and italic meet in a way Fountain cannot mark, and says so', () => {
    const { fountain, warnings } = readFdx(fdx('<Paragraph Type="Action"><Text Style="Italic">soft</Text><Text Style="Bold">LOUD</Text><Text Style="Bold">ER</Text></Paragraph>'));
    expect(fountain).toBe('**softLOUDER**\n');
    expect(warnings.map((warning) => warning.ruleId)).toEqual(['fdx.emphasis-simplified']);
  });

  it('applies the capitals the file sets per element type, and keeps the letters where it sets none', () => {
    const settings = '<ElementSettings Type="Character"><FontSpec Style="Bold+AllCaps"/></ElementSettings>';
    const content = paragraph('Character', 'Mara') + paragraph('Dialogue', 'Hi.');
    expect(body(content, settings)).toBe('MARA\nHi.\n');
    expect(body(content)).toBe('@Mara\nHi.\n');
  });

  it('reports what it cannot carry, once per kind, with its place in the FDX', () => {
    const content = [paragraph('Scene Heading', 'INT. A', ' Number="1 A"'), paragraph('Teleplay', 'x'), paragraph('Teleplay', 'y'), `<Paragraph><DualDialogue>${['A', 'B', 'C'].map((name) => paragraph('Character', name) + paragraph('Dialogue', 'Hi.')).join('')}</DualDialogue></Paragraph>`].join('\n');
    const { fountain, warnings } = readFdx(fdx(content).replace('DocumentType="Script"', 'DocumentType="Template"'));
    expect(fountain).toBe('INT. A\n\nx\n\ny\n\nA\nHi.\n\nB ^\nHi.\n\nC\nHi.\n');
    expect(warnings.map(({ ruleId, message, range }) => [ruleId, message, range?.start.line])).toEqual([
      ['fdx.document-type', 'The file says it is a Final Draft "Template" document, not a script; it was read as one.', undefined],
      ['fdx.scene-number-dropped', 'The scene number "1 A" was left out: Fountain scene numbers are letters, digits, "." and "-".', 3],
      ['fdx.unknown-paragraph-type', '2 paragraphs of the unknown type "Teleplay" became action.', 4],
      ['fdx.extra-dual-cue', '1 dual dialogue block had more than two speakers: Fountain sets two side by side, so the others follow below.', 6],
    ]);
  });

  it('reads the title page by layout and wording', () => {
    const line = (alignment: string, text: string): string => `<Paragraph Alignment="${alignment}"><Text>${text}</Text></Paragraph>`;
    const title = ['<TitlePage><Content>', line('Center', 'BIG FISH'), line('Center', 'written by'), line('Center', 'John August'), line('Center', ''), line('Center', 'based on the novel by Daniel Wallace'), line('Right', 'FINAL PRODUCTION DRAFT'), line('Right', ''), line('Right', 'May 2003'), line('Left', '(c) 2003 Columbia Pictures'), line('Left', ''), line('Left', 'Agent: CAA'), '</Content></TitlePage>'].join('');
    expect(body(paragraph('Action', 'Fade in.'), title)).toBe(
      'Title: BIG FISH\nCredit: written by\nAuthor: John August\nSource: based on the novel by Daniel Wallace\nDraft date: May 2003\nContact: Agent: CAA\nNotes: FINAL PRODUCTION DRAFT\nCopyright: (c) 2003 Columbia Pictures\n\nFade in.\n',
    );
  });

  const goldens = ['dialogue', 'dialogue-with-blank-line', 'dual-dialogue', 'extended-characters', 'forced-action', 'indentation', 'parenthetical', 'simple', 'utf-8-bom'];
  corpus.describe('on the FDX files screenplain wrote for its tests', () => {
    it('covers all of them', () => {
      expect(readdirSync(new URL('screenplain-golden/', corpus.root)).filter((name) => name.endsWith('.fdx')).map((name) => name.slice(0, -4)).sort()).toEqual(goldens);
    });
    it.each(goldens)('reads %s.fdx as the Fountain it was made from', (name) => {
      const read = readFdx(corpus.read(`screenplain-golden/${name}.fdx`));
      expect(read.warnings).toEqual([]);
      expect(summarize(read.fountain).elements).toEqual(summarize(corpus.read(`screenplain-golden/${name}.fountain`)).elements);
    });
  });
});
