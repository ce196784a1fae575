import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { countWork } from '../screenplay/parse-work.js';
import { createLineIndex, positionAt } from '../text/line-index.js';
import type { FdxDocument, FdxNoteAnchor, FdxParagraph, FdxRangedNote } from './fdx-document.js';
import { FdxImportError } from './fdx-import-error.js';

/** Where an element sits, which decides what its children mean; anything unlisted is ignored with all it holds. */
type Role = 'root' | 'content' | 'paragraph' | 'dual' | 'text' | 'notes' | 'note' | 'note-paragraph' | 'note-text' | 'title' | 'title-content' | 'settings' | 'ignored';

const childRoles: Partial<Record<Role, Readonly<Record<string, Role>>>> = {
  root: { Content: 'content', TitlePage: 'title', ScriptNotes: 'notes', ElementSettings: 'settings' },
  content: { Paragraph: 'paragraph', DualDialogue: 'dual' },
  paragraph: { Text: 'text', DualDialogue: 'dual', ScriptNote: 'note' },
  dual: { Paragraph: 'paragraph' },
  notes: { ScriptNote: 'note' },
  note: { Paragraph: 'note-paragraph' },
  'note-paragraph': { Text: 'note-text' },
  title: { Content: 'title-content' },
  'title-content': { Paragraph: 'paragraph' },
};

interface Frame {
  role: Role;
  paragraph?: FdxParagraph;
  /** Index of a top-level paragraph in the content list (paragraphs inside a block have none). */
  index?: number;
  /** A top-level paragraph that holds a `<DualDialogue>` or `<OmittedScene>` block. */
  holdsBlock?: boolean;
}

/**
 * Reads the parts of a `.fdx` file the converter uses, in one streaming pass (linear in the input; no DOM, so it runs
 * in a web worker and in UXP). Throws `FdxImportError` when the text is empty, not well-formed XML, or not rooted in
 * `<FinalDraft>`; anything Final Draft writes that Fountain has no place for (scene properties, tags, revisions,
 * layout) is skipped.
 */
export function parseFdxDocument(xml: string): FdxDocument {
  if (xml.replace(/^\uFEFF/, '').trim() === '') throw new FdxImportError('empty', 'The file is empty: a Final Draft file is XML starting with <FinalDraft>.');
  const content: FdxParagraph[] = [];
  const titlePage: FdxParagraph[] = [];
  const rangedNotes: FdxRangedNote[] = [];
  const noteAnchors: FdxNoteAnchor[] = [];
  let allCaps: Set<string> | undefined;
  let documentType = '';
  const stack: Frame[] = [];
  // Units of the character count `<ScriptNote Range>` uses: each paragraph's text and its break, a block two.
  let units = 0;
  let dualBlocks = 0;
  let run = { style: '', text: '' };
  let note = { lines: [] as string[], line: '', rangeStart: undefined as number | undefined };
  let settingsType = '';

  const parser = new SaxesParser({ xmlns: false });
  const tagStart = (): number => xml.lastIndexOf('<', parser.position - 1);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    countWork(1);
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (tag.name !== 'FinalDraft') throw new FdxImportError('not-fdx', `The file is XML but not a Final Draft script: its root element is <${tag.name}>, not <FinalDraft>.`);
      documentType = tag.attributes['DocumentType'] ?? '';
      stack.push({ role: 'root' });
      return;
    }
    const role = childRoles[parent.role]?.[tag.name] ?? 'ignored';
    const frame: Frame = { role };
    if (parent.role === 'paragraph' && (tag.name === 'DualDialogue' || tag.name === 'OmittedScene')) parent.holdsBlock = true;
    if (role === 'dual') {
      dualBlocks += 1;
      if (parent.role === 'content') noteAnchors.push({ at: units, paragraph: content.length });
    } else if (role === 'paragraph') {
      const inTitle = parent.role === 'title-content';
      frame.paragraph = readParagraph(tag, tagStart(), parent.role === 'dual' ? dualBlocks - 1 : undefined);
      (inTitle ? titlePage : content).push(frame.paragraph);
      if (parent.role === 'content') {
        frame.index = content.length - 1;
        noteAnchors.push({ at: units, paragraph: content.length - 1 });
      }
    } else if (role === 'text') {
      run = { style: tag.attributes['Style'] ?? '', text: '' };
    } else if (role === 'note') {
      note = { lines: [], line: '', rangeStart: readRangeStart(tag.attributes['Range']) };
    } else if (role === 'note-paragraph') {
      note.line = '';
    } else if (role === 'settings') {
      settingsType = tag.attributes['Type'] ?? '';
      allCaps ??= new Set();
    } else if (parent.role === 'settings' && tag.name === 'FontSpec' && (tag.attributes['Style'] ?? '').split('+').includes('AllCaps')) {
      allCaps?.add(settingsType);
    }
    stack.push(frame);
  });
  parser.on('text', (text) => {
    const role = stack[stack.length - 1]?.role;
    countWork(text.length);
    if (role === 'text') run.text += text;
    else if (role === 'note-text') note.line += text;
  });
  parser.on('closetag', () => {
    const frame = stack.pop();
    const parent = stack[stack.length - 1];
    if (frame === undefined || parent === undefined) return;
    if (frame.role === 'text' && parent.paragraph !== undefined && run.text !== '') parent.paragraph.runs.push(run);
    else if (frame.role === 'note-paragraph') note.lines.push(note.line);
    else if (frame.role === 'note') {
      const text = note.lines.join('\n');
      if (parent.paragraph !== undefined) parent.paragraph.notes.push(text);
      else rangedNotes.push({ text, rangeStart: note.rangeStart });
    } else if (frame.role === 'dual' && parent.role === 'content') {
      units += 3;
    } else if (frame.paragraph !== undefined) {
      frame.paragraph.end = parser.position;
      if (frame.index === undefined) return;
      const length = frame.paragraph.runs.reduce((sum, each) => sum + each.text.length, 0);
      units += length + (frame.holdsBlock === true ? 2 : 0) + 1;
      // A paragraph that only wraps a block is no element; its place goes to the block's first paragraph.
      if (frame.holdsBlock === true && length === 0) content.splice(frame.index, 1);
    }
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    if (FdxImportError.isInstance(error)) throw error;
    throw malformed(xml, error);
  }
  return { documentType, content, titlePage, rangedNotes, noteAnchors, allCaps };
}

function readParagraph(tag: SaxesTagPlain, start: number, dualBlock: number | undefined): FdxParagraph {
  const { attributes } = tag;
  return {
    type: (attributes['Type'] ?? '').trim(),
    runs: [],
    number: attributes['Number'],
    alignment: attributes['Alignment'],
    startsNewPage: attributes['StartsNewPage'] === 'Yes',
    dualBlock,
    notes: [],
    start,
    end: start,
  };
}

function readRangeStart(range: string | undefined): number | undefined {
  const match = /^\s*(\d+)\s*,/.exec(range ?? '');
  return match === null ? undefined : Number(match[1]);
}

/** saxes says `line:column: reason` (column 0-based); the error says it in words, 1-based. */
function malformed(xml: string, error: unknown): FdxImportError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): (.*?)\.?$/s.exec(message);
  const reported = match === null ? undefined : { line: Number(match[1]), column: Number(match[2]) + 1, reason: match[3] ?? '' };
  const ampersand = bareAmpersand(xml);
  // saxes reads a bare `&` as the start of a reference up to the next `;`, so it reports the end of the file instead.
  const place = ampersand !== undefined && (reported === undefined || ampersand.line <= reported.line) ? { ...ampersand, reason: 'a bare "&" (write it as &amp;)' } : reported;
  if (place === undefined) return new FdxImportError('malformed-xml', `The file is not well-formed XML: ${message}`, undefined, error);
  return new FdxImportError('malformed-xml', `The file is not well-formed XML: ${place.reason} (line ${place.line}, column ${place.column}).`, { line: place.line, column: place.column }, error);
}

/** The 1-based place of the first `&` that starts no character or entity reference, if any. */
function bareAmpersand(xml: string): { line: number; column: number } | undefined {
  const match = /&(?!#\d+;|#x[\dA-Fa-f]+;|[A-Za-z_:][\w.:-]*;)/.exec(xml);
  if (match === null) return undefined;
  const position = positionAt(createLineIndex(xml), match.index);
  return { line: position.line + 1, column: position.column + 1 };
}
