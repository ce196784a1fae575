import type { StoryEntryType } from '@reelkit/core/story';

/** Where a proposal comes from: the chapter, the line, the quoted words, the generation that proposed it. */
export interface ProposalSource {
  readonly scenePath: string;
  /** The scene's id, written as the proposal's `[[link]]`. */
  readonly sceneId: string;
  /** 0-based line of the quote in the scene note. */
  readonly line: number;
  /** The quoted words as the chapter has them. */
  readonly quote: string;
  /** The ledger entry of the extraction that proposed it. */
  readonly provenanceId?: string;
}

/** A proposed new entry. */
export interface NewEntryProposal extends ProposalSource {
  readonly kind: 'entry';
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: StoryEntryType;
  readonly description: string;
}

/** A proposed new fact for an entry already in the bible. */
export interface NewFactProposal extends ProposalSource {
  readonly kind: 'fact';
  readonly id: string;
  readonly entryId: string;
  readonly entryName: string;
  readonly entryPath: string;
  readonly fact: string;
}

/** What "Extract entries" proposes, one by one for the writer to accept or dismiss; nothing is written before. */
export type BibleProposal = NewEntryProposal | NewFactProposal;

/** Something the model proposed that is not offered, and why. */
export interface DroppedProposal {
  readonly what: string;
  readonly why: string;
}
