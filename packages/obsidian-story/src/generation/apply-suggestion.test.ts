import { describe, expect, it } from 'vitest';
import { applySuggestion } from './apply-suggestion.js';
import { createSuggestionTarget } from './suggestion-target.js';

const note = 'Mara climbed the steps. Wren waited below.';
const selection = createSuggestionTarget('s.md', note, 0, 23);

describe('applySuggestion', () => {
  it('replaces the selection when it is unchanged and reports where the AI text is', () => {
    expect(applySuggestion(note, selection, 'Mara took the stairs.', 'replace')).toEqual({ ok: true, document: 'Mara took the stairs. Wren waited below.', start: 0, end: 21 });
  });

  it('follows the selection when text was typed before it', () => {
    const result = applySuggestion(`Night. ${note}`, createSuggestionTarget('s.md', note, 5, 23), 'X', 'replace');
    expect(result).toEqual({ ok: true, document: 'Night. Mara X Wren waited below.', start: 12, end: 13 });
  });

  it('refuses to overwrite a selection the writer has since edited', () => {
    expect(applySuggestion('Mara ran up the steps. Wren waited below.', selection, 'X', 'replace')).toEqual({ ok: false, conflict: 'The selected text has changed since the request.' });
  });

  it('inserts after the selection, never over it, separated by a paragraph break after a full stop', () => {
    expect(applySuggestion(note, selection, 'The lamp was cold.', 'insert')).toEqual({ ok: true, document: 'Mara climbed the steps.\n\nThe lamp was cold. Wren waited below.', start: 25, end: 43 });
  });

  it('refuses when the place appears twice', () => {
    const cursor = createSuggestionTarget('s.md', 'ab', 1, 1);
    expect(applySuggestion('xab ab', cursor, 'X', 'insert')).toEqual({ ok: false, conflict: 'The place the text was meant for now appears more than once.' });
  });
});
