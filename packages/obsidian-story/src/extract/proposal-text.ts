import type { ProposalSource } from './bible-proposal.js';

/** The source link an accepted proposal keeps: the chapter as a wikilink (Obsidian updates it on rename) and the line quoted. */
export function sourceLink(source: Pick<ProposalSource, 'sceneId' | 'quote'>): string {
  return `([[${source.sceneId}]]: “${source.quote.replace(/\s+/g, ' ').trim()}”)`;
}

// The heading that starts an entry's private notes, as `parseEntryNote` reads it.
const privateHeading = /^#{1,6}\s+private(\s+notes)?\s*$/im;

/**
 * An entry note with a fact added to its description, as a list item with its source link: after the description,
 * before the private notes (so the fact is sent as context like the rest of the description). Returns the new text
 * and where the added line is.
 */
export function withFact(noteText: string, fact: string, source: Pick<ProposalSource, 'sceneId' | 'quote'>): { readonly text: string; readonly start: number; readonly end: number } {
  const privateAt = noteText.search(privateHeading);
  const cut = privateAt === -1 ? noteText.length : privateAt;
  const before = noteText.slice(0, cut).trimEnd();
  const after = noteText.slice(cut);
  const line = `- ${fact.trim()} ${sourceLink(source)}`;
  const lastLine = before.slice(before.lastIndexOf('\n') + 1);
  const joint = /^\s*[-*+]\s/.test(lastLine) ? '\n' : '\n\n';
  const start = before.length + joint.length;
  return { text: `${before}${joint}${line}\n${after === '' ? '' : `\n${after}`}`, start, end: start + line.length };
}
