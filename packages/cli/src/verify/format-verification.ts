import type { LedgerIssue, ShareCounts } from '@reelkit/core/provenance';
import type { DocumentVerification } from './verify-document.js';

const percent = (part: number, whole: number): string => `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The readable report `reelkit verify` prints: counts, signatures, AI share, then every issue by entry id. */
export function formatVerification({ file, ledger, verification, share, sections, textDocument }: DocumentVerification): string {
  const lines = [`Document: ${file}${textDocument ? '' : ' (not text: its ledger is checked; AI text spans apply to text documents)'}`, `Ledger:   ${ledger}`];
  lines.push(`Entries:  ${verification.entries} (${plural(verification.events, 'event')}, ${plural(verification.checkpoints, 'checkpoint')})`);
  const keys = verification.keyIds.length === 0 ? '' : ` (key ${verification.keyIds.join(', ')})`;
  lines.push(`Signed:   ${verification.validSignatures} of ${plural(verification.checkpoints, 'checkpoint')} valid${keys}`);
  if (textDocument) lines.push(`AI share: ${describeShare(share.words, share.editRatio)}`);
  const withAi = sections.filter((section) => section.words.ai + section.words.aiEdited > 0);
  if (withAi.length > 0) {
    const width = Math.max(...withAi.map((section) => section.id.length));
    lines.push('Sections with AI text:');
    for (const section of withAi) {
      const { words } = section;
      lines.push(`  ${section.id.padEnd(width)}  ${percent(words.ai + words.aiEdited, words.total)} of ${plural(words.total, 'word')}`);
    }
  }
  const counted = verification.issues.filter((issue) => issue.severity !== 'info');
  const notes = verification.issues.filter((issue) => issue.severity === 'info');
  if (verification.issues.length > 0) {
    lines.push(`Issues (${verification.issues.length}):`);
    for (const issue of [...counted, ...notes]) lines.push(`  ${formatIssue(issue)}`);
  }
  const errors = counted.filter((issue) => issue.severity === 'error').length;
  const warnings = counted.length - errors;
  lines.push(verification.ok ? 'Verified.' : `Not verified: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
  return `${lines.join('\n')}\n`;
}

function describeShare(words: ShareCounts, editRatio: number): string {
  const ai = words.ai + words.aiEdited;
  const edited = words.aiEdited === 0 ? '' : `, ${words.aiEdited} AI-written then edited (${percent(editRatio, 1)} changed)`;
  return `${percent(ai, words.total)} of words (${ai} of ${words.total}): ${words.ai} AI-written${edited}, ${words.human} human-written`;
}

function formatIssue(issue: LedgerIssue): string {
  const where = issue.entryId === undefined ? `line ${issue.line}` : `line ${issue.line}, entry ${issue.entryId}`;
  return `${issue.severity} ${issue.kind} (${where}): ${issue.message}`;
}
