/**
 * The name the questions' ledger is kept under (`.reelkit/ledgers/ask-the-story.jsonl`): answers are placed in no
 * note, so they are recorded in a ledger of their own. No note has this path (notes end in `.md`).
 */
export const askLedgerName = 'ask-the-story';
