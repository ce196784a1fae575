/** A generated text proposed for a span of the script: `[start, end)` replaced by `text` (an insertion when equal). */
export interface ProposedEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The script once a proposal is applied, and where the new text sits in it: what the diff shows and the ledger records. */
export interface AppliedProposal {
  readonly document: string;
  readonly start: number;
  readonly end: number;
}

/** Applies a proposal to the script's text (offsets in UTF-16 code units, as VS Code and the core count them). */
export function applyProposedEdit(script: string, edit: ProposedEdit): AppliedProposal {
  const start = Math.max(0, Math.min(edit.start, script.length));
  const end = Math.max(start, Math.min(edit.end, script.length));
  return { document: script.slice(0, start) + edit.text + script.slice(end), start, end: start + edit.text.length };
}
