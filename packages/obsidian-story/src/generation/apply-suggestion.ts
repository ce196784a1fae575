import { locateTarget } from './locate-target.js';
import type { SuggestionTarget } from './suggestion-target.js';

/** How the writer chose to use a result: insert after the selection (or at the cursor), or replace the selection. */
export type ApplyMode = 'insert' | 'replace';

/** The note after applying, and where the AI text now sits (for the ledger). */
export type AppliedSuggestion =
  | { readonly ok: true; readonly document: string; readonly start: number; readonly end: number }
  | { readonly ok: false; readonly conflict: string };

/**
 * Applies a result to the note's current text; nothing is overwritten unless the writer chose `replace` and the
 * selection is still exactly what it was. Insertions get a separating space or line break when the text needs one.
 */
export function applySuggestion(current: string, target: SuggestionTarget, text: string, mode: ApplyMode): AppliedSuggestion {
  const location = locateTarget(current, target);
  if ('conflict' in location) return { ok: false, conflict: location.conflict };
  if (mode === 'replace') {
    if (target.original === '') return { ok: false, conflict: 'There was no selection to replace; insert the text instead.' };
    return { ok: true, document: current.slice(0, location.from) + text + current.slice(location.to), start: location.from, end: location.from + text.length };
  }
  const at = location.to;
  const before = current.slice(0, at);
  const separator = before === '' || /\s$/.test(before) || /^\s/.test(text) ? '' : before.endsWith('.') || before.endsWith('"') ? '\n\n' : ' ';
  const start = at + separator.length;
  return { ok: true, document: before + separator + text + current.slice(at), start, end: start + text.length };
}
