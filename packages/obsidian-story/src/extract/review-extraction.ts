import { locateQuote } from '@reelkit/core/story';
import { lineAt } from '../ask/line-at.js';
import type { EntryNote } from '../bible/entry-note.js';
import type { BibleProposal, DroppedProposal, ProposalSource } from './bible-proposal.js';
import type { ExtractionReply } from './extract-prompt.js';

/** The chapter an answer is checked against: the scene note's path, id, where its body starts, and its text now. */
export interface ExtractionChapter {
  readonly path: string;
  readonly id: string;
  readonly bodyOffset: number;
  readonly noteText: string;
}

/** What is offered to the writer, and what is not and why. */
export interface ExtractionReview {
  readonly proposals: readonly BibleProposal[];
  readonly dropped: readonly DroppedProposal[];
}

const key = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');
const namesOf = (note: EntryNote): string[] => [note.entry.id, note.entry.name, ...note.entry.aliases].map(key);

/**
 * Turns the model's proposals into what the writer is offered. Dropped, with the reason shown: a proposal whose quote
 * is not in the chapter (`locateQuote`), a new entry whose name or other name is an entry's already (or was proposed
 * earlier: `pending`), a fact about no entry in the bible, a fact the entry's description already holds (or proposed
 * earlier).
 */
export function reviewExtraction(reply: ExtractionReply, chapter: ExtractionChapter, entryNotes: readonly EntryNote[], pending: readonly BibleProposal[] = [], provenanceId?: string): ExtractionReview {
  const proposals: BibleProposal[] = [];
  const dropped: DroppedProposal[] = [];
  const body = chapter.noteText.slice(chapter.bodyOffset);
  const byName = new Map(entryNotes.flatMap((note) => namesOf(note).map((name) => [name, note] as const)));
  const idBase = provenanceId ?? chapter.path;
  const proposedFacts = new Set(pending.flatMap((proposal) => (proposal.kind === 'fact' ? [`${proposal.entryId}\n${key(proposal.fact)}`] : [])));
  const proposedNames = new Map(pending.flatMap((proposal) => (proposal.kind === 'entry' ? [proposal.name, ...proposal.aliases].map((name) => [key(name), proposal.scenePath] as const) : [])));
  const source = (quote: string): ProposalSource | undefined => {
    const found = locateQuote(body, quote);
    if (found === undefined) return undefined;
    const start = chapter.bodyOffset + found.start;
    return { scenePath: chapter.path, sceneId: chapter.id, line: lineAt(chapter.noteText, start), quote: body.slice(found.start, found.end), ...(provenanceId === undefined ? {} : { provenanceId }) };
  };
  reply.entries.forEach((entry, position) => {
    const what = `New entry "${entry.name}"`;
    const names = [entry.name, ...entry.aliases].map(key).filter((name) => name !== '');
    const existing = names.map((name) => byName.get(name)).find((note) => note !== undefined);
    const earlier = names.map((name) => proposedNames.get(name)).find((path) => path !== undefined);
    const from = source(entry.quote);
    if (names.length === 0) dropped.push({ what, why: 'it has no name' });
    else if (existing !== undefined) dropped.push({ what, why: `the bible has it already as "${existing.entry.name}"` });
    else if (earlier !== undefined) dropped.push({ what, why: `it was proposed already from ${earlier}` });
    else if (from === undefined) dropped.push({ what, why: `its line "${entry.quote}" is not in ${chapter.path}` });
    else {
      const aliases = [...new Set(entry.aliases.map((alias) => alias.trim()).filter((alias) => alias !== '' && key(alias) !== key(entry.name)))];
      proposals.push({ kind: 'entry', id: `${idBase}#entry-${position}`, name: entry.name.trim(), aliases, type: entry.type, description: entry.description.trim(), ...from });
      for (const name of names) proposedNames.set(name, chapter.path);
    }
  });
  reply.facts.forEach((fact, position) => {
    const what = `Fact about "${fact.entry}": ${fact.fact}`;
    const note = byName.get(key(fact.entry));
    const from = source(fact.quote);
    if (note === undefined) dropped.push({ what, why: `the bible has no entry "${fact.entry}"` });
    else if (key(note.entry.description).includes(key(fact.fact).replace(/\.$/, ''))) dropped.push({ what, why: `"${note.entry.name}" says so already` });
    else if (proposedFacts.has(`${note.entry.id}\n${key(fact.fact)}`)) dropped.push({ what, why: 'it was proposed already' });
    else if (from === undefined) dropped.push({ what, why: `its line "${fact.quote}" is not in ${chapter.path}` });
    else {
      proposals.push({ kind: 'fact', id: `${idBase}#fact-${position}`, entryId: note.entry.id, entryName: note.entry.name, entryPath: note.path, fact: fact.fact.trim(), ...from });
      proposedFacts.add(`${note.entry.id}\n${key(fact.fact)}`);
    }
  });
  return { proposals, dropped };
}
