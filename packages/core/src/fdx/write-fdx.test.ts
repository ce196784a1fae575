import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { parseFdxDocument } from './parse-fdx-document.js';
import { writeFdx } from './write-fdx.js';

const script = [
  'Title: **Two** Sisters',
  'Author: Ann Lee',
  'Draft date: 1/2/2024',
  'Revision: Blue',
  '',
  '# Act One',
  '',
  '= They meet.',
  '',
  'INT. KITCHEN - DAY #4#',
  '',
  'Ann *stirs* the soup & waits. [[Warmer?]]',
  '',
  'ANN',
  '(quietly)',
  'Did he <call>?',
  '',
  'BETH',
  'No.',
  '',
  'BOB ^',
  'Yes.',
  '',
  '===',
  '',
  '> THE END <',
  '',
  '/* cut */',
  '',
].join('\n');

const paragraph = (indent: string, type: string, text: string): string => `${indent}<Paragraph Type="${type}">\n${indent}  <Text>${text}</Text>\n${indent}</Paragraph>\n`;
const spacers = (alignment: string, count: number): string => `      <Paragraph Alignment="${alignment}">\n        <Text></Text>\n      </Paragraph>\n`.repeat(count);

describe('writeFdx', () => {
  it('writes paragraphs, styled runs, scene numbers, dual dialogue, page breaks, outline, title page and notes', () => {
    const { fdx } = writeFdx(parseFountain(script));
    expect(fdx).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n',
        '<FinalDraft DocumentType="Script" Template="No" Version="5">\n',
        '  <Content>\n',
        paragraph('    ', 'Outline 1', 'Act One'),
        paragraph('    ', 'Summary', 'They meet.'),
        '    <Paragraph Number="4" Type="Scene Heading">\n      <Text>INT. KITCHEN - DAY</Text>\n    </Paragraph>\n',
        '    <Paragraph Type="Action">\n      <Text>Ann </Text>\n      <Text Style="Italic">stirs</Text>\n      <Text> the soup &amp; waits.</Text>\n    </Paragraph>\n',
        paragraph('    ', 'Character', 'ANN'),
        paragraph('    ', 'Parenthetical', '(quietly)'),
        paragraph('    ', 'Dialogue', 'Did he &lt;call&gt;?'),
        '    <Paragraph>\n      <DualDialogue>\n',
        paragraph('        ', 'Character', 'BETH'),
        paragraph('        ', 'Dialogue', 'No.'),
        paragraph('        ', 'Character', 'BOB'),
        paragraph('        ', 'Dialogue', 'Yes.'),
        '      </DualDialogue>\n    </Paragraph>\n',
        '    <Paragraph Alignment="Center" StartsNewPage="Yes" Type="Action">\n      <Text>THE END</Text>\n    </Paragraph>\n',
        '  </Content>\n',
        '  <TitlePage>\n    <Content>\n',
        spacers('Center', 16),
        '      <Paragraph Alignment="Center">\n        <Text Style="Bold">Two</Text>\n        <Text> Sisters</Text>\n      </Paragraph>\n',
        spacers('Center', 1),
        '      <Paragraph Alignment="Center">\n        <Text>Ann Lee</Text>\n      </Paragraph>\n',
        spacers('Right', 16),
        '      <Paragraph Alignment="Right">\n        <Text>1/2/2024</Text>\n      </Paragraph>\n',
        spacers('Left', 1),
        '      <Paragraph Alignment="Left">\n        <Text>Revision: Blue</Text>\n      </Paragraph>\n',
        '    </Content>\n  </TitlePage>\n',
        // The note covers the action's 27 characters, after three paragraphs of 7, 10 and 18 and their breaks.
        '  <ScriptNotes>\n    <ScriptNote ID="1" Range="38,65">\n      <Paragraph>\n        <Text>Warmer?</Text>\n      </Paragraph>\n    </ScriptNote>\n  </ScriptNotes>\n',
        '</FinalDraft>\n',
      ].join(''),
    );
  });

  it('says what it left out or moved, with its place in the Fountain', () => {
    const { warnings } = writeFdx(parseFountain(script));
    expect(warnings.map(({ ruleId, severity, message, evidence, range }) => ({ ruleId, severity, message, evidence, line: range?.start.line }))).toEqual([
      { ruleId: 'fdx.boneyard-dropped', severity: 'info', message: 'A boneyard passage was left out: boneyard is not part of the script.', evidence: undefined, line: 27 },
      { ruleId: 'fdx.title-key-as-contact', severity: 'info', message: 'The title page key "Revision" has no place on a Final Draft title page: it was written as text under the contact.', evidence: 'Revision', line: 3 },
    ]);
  });

  it('escapes markup and drops characters XML cannot hold, so the file always parses', () => {
    const { fdx, warnings } = writeFdx(parseFountain('INT. "BAR" & <GRILL> - DAY\n\nA bell\u0007 rings & "echoes" ]]> \uFFFE.\n'));
    expect(fdx).toContain('<Text>INT. "BAR" &amp; &lt;GRILL&gt; - DAY</Text>');
    expect(fdx).toContain('<Text>A bell rings &amp; "echoes" ]]&gt; .</Text>');
    expect(warnings.map((warning) => warning.ruleId)).toEqual(['fdx.invalid-xml-character']);
    expect(parseFdxDocument(fdx).content.map((each) => each.runs.map((run) => run.text).join(''))).toEqual(['INT. "BAR" & <GRILL> - DAY', 'A bell rings & "echoes" ]]> .']);
  });

  it('leaves out a page break that ends the script, and keeps notes that come before every element', () => {
    const { fdx, warnings } = writeFdx(parseFountain('[[First thought]]\n\nHello.\n\n===\n'));
    expect(fdx).not.toContain('StartsNewPage');
    expect(fdx).toContain('<ScriptNote ID="1" Range="0,6">');
    expect(warnings.map((warning) => warning.ruleId)).toEqual(['fdx.trailing-page-break']);
  });

  it('writes an empty script as an empty Content', () => {
    expect(writeFdx(parseFountain('')).fdx).toBe('<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="5">\n  <Content>\n  </Content>\n</FinalDraft>\n');
  });
});
