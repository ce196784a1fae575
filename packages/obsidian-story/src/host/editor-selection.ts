import type { EditorPort } from './editor-port.js';

/** The selection (or the cursor, from = to) as offsets in the note. */
export interface EditorSelection {
  readonly from: number;
  readonly to: number;
}

/** Reads the selection as note offsets, whichever way it was dragged. */
export function editorSelection(editor: EditorPort): EditorSelection {
  const a = editor.posToOffset(editor.getCursor('from'));
  const b = editor.posToOffset(editor.getCursor('to'));
  return { from: Math.min(a, b), to: Math.max(a, b) };
}
