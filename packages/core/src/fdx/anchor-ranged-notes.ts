import { partitionPoint } from '../text/partition-point.js';
import type { FdxDocument } from './fdx-document.js';

/**
 * Which content paragraph each top-level `<ScriptNote>` belongs to, by its `Range` start: Final Draft counts the
 * script's characters with one unit per paragraph break and two for a dual dialogue block, so the note goes to the
 * paragraph whose span holds that count. A note without a readable range goes to the last paragraph.
 */
export function anchorRangedNotes(document: Pick<FdxDocument, 'rangedNotes' | 'noteAnchors' | 'content'>): Map<number, string[]> {
  const notes = new Map<number, string[]>();
  const last = Math.max(0, document.content.length - 1);
  for (const note of document.rangedNotes) {
    const { noteAnchors } = document;
    const unit = note.rangeStart;
    const anchor = unit === undefined ? undefined : noteAnchors[Math.max(0, partitionPoint(noteAnchors.length, (index) => (noteAnchors[index]?.at ?? 0) <= unit) - 1)];
    const paragraph = Math.min(anchor?.paragraph ?? last, last);
    const list = notes.get(paragraph) ?? [];
    list.push(note.text);
    notes.set(paragraph, list);
  }
  return notes;
}
