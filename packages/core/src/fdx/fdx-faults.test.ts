import { describe, expect, it } from 'vitest';
import { ReelkitError } from '../errors/reelkit-error.js';
import { parseWork } from '../screenplay/parse-work.js';
import { FdxImportError } from './fdx-import-error.js';
import { readFdx } from './read-fdx.js';

/** What `readFdx` threw, or a failure when it returned. */
function failure(xml: string): FdxImportError {
  try {
    readFdx(xml);
  } catch (error) {
    if (error instanceof FdxImportError) return error;
    throw error;
  }
  throw new Error('readFdx returned');
}

const head = '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="5">\n<Content>\n';
const script = (paragraphs: number): string => {
  const body = Array.from({ length: paragraphs }, (_, index) =>
    index % 3 === 0
      ? `<Paragraph Number="${index}" Type="Scene Heading"><Text>INT. ROOM ${index} - DAY</Text></Paragraph>`
      : `<Paragraph Type="Action"><Text>Line ${index} with </Text><Text Style="Bold">bold &amp; more</Text><Text> text.</Text></Paragraph>`,
  );
  return `${head}${body.join('\n')}\n</Content>\n</FinalDraft>\n`;
};

describe('readFdx on what is not a Final Draft file', () => {
  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \n'],
    ['a byte order mark alone', '\uFEFF'],
  ])('rejects %s as empty', (_, xml) => {
    const error = failure(xml);
    expect(error.problem).toBe('empty');
    expect(error.message).toBe('The file is empty: a Final Draft file is XML starting with <FinalDraft>. Choose the .fdx file again; if it is empty on disk too, export the script from Final Draft again.');
  });

  it.each([
    ['a mismatched tag', `${head}<Paragraph Type="Action"><Text>oops</Content></FinalDraft>`, 'unexpected close tag', 4, 46],
    ['a file cut short', `${head}<Paragraph Type="Action"><Text>cut off`, 'unclosed tag: Text', 4, 39],
    ['a bare ampersand', `${head}<Paragraph Type="Action"><Text>Tom & Jerry</Text></Paragraph></Content></FinalDraft>`, 'a bare "&" (write it as &amp;)', 4, 36],
    ['plain text', 'FADE IN:\n\nINT. HOUSE - DAY', 'text data outside of root node', 3, 17],
  ])('rejects %s as malformed XML, saying where', (_, xml, reason, line, column) => {
    const error = failure(xml);
    expect(error.problem).toBe('malformed-xml');
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toBe(`The file is not well-formed XML: ${reason} (line ${line}, column ${column}). The file is damaged or cut short: open it in Final Draft and save it again, or export a fresh copy.`);
  });

  it('rejects XML of another kind, naming its root', () => {
    const error = failure('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>INT. HOUSE</text></svg>');
    expect(error.problem).toBe('not-fdx');
    expect(error.message).toBe('The file is XML but not a Final Draft script: its root element is <svg>, not <FinalDraft>. Choose a .fdx file saved by Final Draft (or by an app that exports Final Draft files).');
  });

  it('throws a Reelkit error with a code, which other bundled copies of the core recognise', () => {
    const error = failure('<html><body/></html>');
    expect(ReelkitError.hasCode(error, 'invalid_argument')).toBe(true);
    expect(error.name).toBe('FdxImportError');
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(readFdx(`\uFEFF${head}<Paragraph Type="Action"><Text>Hello.</Text></Paragraph></Content></FinalDraft>`).fountain).toBe('Hello.\n');
  });

  it('reads a Final Draft file with no content as an empty script', () => {
    expect(readFdx('<FinalDraft DocumentType="Script"/>')).toEqual({ fountain: '', warnings: [] });
  });
});

describe('readFdx on a huge file', () => {
  /** Work counted by the parsers while reading a script of `paragraphs` paragraphs, and the Fountain it gave. */
  const measure = (paragraphs: number): { work: number; fountain: string } => {
    const xml = script(paragraphs);
    const before = parseWork.steps;
    const { fountain } = readFdx(xml);
    return { work: parseWork.steps - before, fountain };
  };

  it('does work in proportion to its size', () => {
    const small = measure(3_000);
    const large = measure(12_000);
    // Four times the paragraphs (about 1.2 MB): four times the work, give or take the differing lengths of the numbers.
    expect(large.work / small.work).toBeGreaterThan(3.8);
    expect(large.work / small.work).toBeLessThan(4.4);
    expect(large.fountain.split('\n\n')).toHaveLength(12_000);
    expect(large.fountain.endsWith('INT. ROOM 11997 - DAY #11997#\n\nLine 11998 with **bold & more** text.\n\nLine 11999 with **bold & more** text.\n')).toBe(true);
  });

  it('does work in proportion to one paragraph of many runs', () => {
    const paragraph = (runs: number): string => `${head}<Paragraph Type="Action">${'<Text>plain </Text><Text Style="Italic">slanted</Text><Text> </Text>'.repeat(runs)}</Paragraph></Content></FinalDraft>`;
    const work = (runs: number): number => {
      const before = parseWork.steps;
      readFdx(paragraph(runs));
      return parseWork.steps - before;
    };
    expect(work(20_000) / work(5_000)).toBeLessThan(4.4);
  });
});
