import { locateQuote } from '@reelkit/core/story';
import type { AskReply } from './ask-prompt.js';
import { lineAt } from './line-at.js';
import type { SentPassage } from './plan-question.js';

/** Where a statement's quote stands: the note and the 0-based line, for a link that opens it there. */
export interface Citation {
  readonly path: string;
  readonly line: number;
  /** The quoted words as the note has them. */
  readonly quote: string;
}

/** A statement whose quote was found in the note it cites. */
export interface CitedStatement {
  readonly text: string;
  readonly citation: Citation;
}

/** A statement left out of the answer, and why. */
export interface DroppedStatement {
  readonly text: string;
  readonly why: string;
}

/** An answer after its citations were checked. */
export interface VerifiedAnswer {
  readonly statements: readonly CitedStatement[];
  readonly dropped: readonly DroppedStatement[];
}

/**
 * Keeps only statements whose quote is really in the note they cite (`locateQuote`, as the continuity pass checks
 * its quotes): a statement citing a passage that was not sent, or a line that is not in the note, is dropped, with
 * the reason shown to the writer. The note's current text is read, so a citation's line is where it is now.
 */
export function verifyAnswer(reply: AskReply, sent: readonly SentPassage[], noteText: (path: string) => string | undefined): VerifiedAnswer {
  const statements: CitedStatement[] = [];
  const dropped: DroppedStatement[] = [];
  for (const statement of reply.statements) {
    const label = statement.source.replace(/\D/g, '');
    const passage = sent.find((item) => item.label === label)?.passage;
    if (passage === undefined) {
      dropped.push({ text: statement.text, why: `it cites passage "${statement.source}", which was not sent` });
      continue;
    }
    const text = noteText(passage.path) ?? '';
    const found = locateQuote(text, statement.quote);
    if (found === undefined) {
      dropped.push({ text: statement.text, why: `its quote "${statement.quote}" is not in ${passage.path}` });
      continue;
    }
    statements.push({ text: statement.text, citation: { path: passage.path, line: lineAt(text, found.start), quote: text.slice(found.start, found.end) } });
  }
  return { statements, dropped };
}
