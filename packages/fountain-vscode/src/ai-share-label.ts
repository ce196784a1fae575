import type { AiShare } from '@reelkit/core/provenance';

/** The status bar text and tooltip for who wrote a script: `AI 12%` of its characters, AI-edited text included. */
export function aiShareLabel(share: AiShare): { readonly text: string; readonly tooltip: string } {
  const { total, ai, aiEdited, human } = share.characters;
  const percent = (count: number): string => `${total === 0 ? 0 : Math.round((count / total) * 100)}%`;
  return {
    text: `AI ${percent(ai + aiEdited)}`,
    tooltip: `Of ${total} characters (without spaces): ${percent(ai)} written by AI and unchanged, ${percent(aiEdited)} written by AI then edited, ${percent(human)} by people. From the ledger beside the script.`,
  };
}
