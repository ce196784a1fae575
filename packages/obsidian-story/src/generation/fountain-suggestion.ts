import type { GuardedResult } from '@reelkit/core/guard';
import type { FountainDraft } from '@reelkit/core/tasks/writing';
import { recordOfResult } from './record-of-result.js';
import type { PendingSuggestion } from './run-generation.js';
import type { SuggestionTarget } from './suggestion-target.js';

/** Where a Fountain result is offered, and whether it may also go into the note. */
export interface FountainPlacement {
  readonly taskId: string;
  readonly target: SuggestionTarget;
  /** The new `.fountain` file it can be saved as. */
  readonly saveAs: string;
  readonly inNote: boolean;
  readonly time: number;
}

/** The Fountain file beside a note: `Manuscript/scene-04.md` → `Manuscript/scene-04.fountain` (with `suffix`: `scene-04 noir.fountain`). */
export function fountainPathFor(notePath: string, suffix = ''): string {
  const base = notePath.replace(/\.md$/, '');
  const tail = suffix.replace(/[\\/:*?"<>|#^[\]]/g, '').trim();
  return `${base}${tail === '' ? '' : ` ${tail}`}.fountain`;
}

/** A core Fountain task's result as a suggestion: its text, its findings (an invalid draft's among them), where it can go. */
export function fountainSuggestion(result: GuardedResult<FountainDraft>, placement: FountainPlacement): PendingSuggestion {
  return {
    record: recordOfResult(result, placement.taskId, placement.target.notePath, result.output.fountain, placement.time),
    target: placement.target,
    defaultApply: placement.target.original === '' ? 'insert' : 'replace',
    findings: result.findings,
    saveAs: placement.saveAs,
    inNote: placement.inNote,
  };
}
