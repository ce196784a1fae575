import { describe, expect, it } from 'vitest';
import { FakeEditor } from './__fixtures__/fake-editor.js';
import { editorSelection } from './editor-selection.js';

describe('editorSelection', () => {
  it('gives note offsets of a selection dragged backwards, and of a bare cursor', () => {
    const text = '---\ntitle: A\n---\nMara climbed.\nWren slept.';
    expect(editorSelection(new FakeEditor(text, { line: 0, ch: 0 }, { from: { line: 4, ch: 4 }, to: { line: 3, ch: 5 } }))).toEqual({ from: 22, to: 35 });
    expect(editorSelection(new FakeEditor(text, { line: 3, ch: 4 }))).toEqual({ from: 21, to: 21 });
  });
});
