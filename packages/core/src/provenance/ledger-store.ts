/**
 * Where a ledger lives; the host decides (VS Code: `.reelkit/<script>.ledger.jsonl` or workspace storage, Obsidian:
 * a vault file, the CLI: `<file>.ledger.jsonl` beside the document). Appends are whole lines (JSON + `\n`) so a
 * crash can tear at most the last line, which the reader detects.
 */
export interface LedgerStore {
  /** The whole ledger text, or `undefined` when there is no ledger yet. */
  read(): Promise<string | undefined>;
  /** Appends text to the end; must not rewrite what is there. */
  append(text: string): Promise<void>;
  /** Replaces the whole text; only recovery of a torn last line uses it. Stores that cannot rewrite omit it. */
  replace?(text: string): Promise<void>;
}

/** An in-memory ledger store for tests and examples; `text()` shows what a file would hold. */
export interface MemoryLedgerStore extends LedgerStore {
  text(): string | undefined;
}

/** A ledger store that keeps the text in memory, optionally starting from `initial`. */
export function createMemoryLedgerStore(initial?: string): MemoryLedgerStore {
  let content = initial;
  return {
    read: () => Promise.resolve(content),
    append: (text) => {
      content = (content ?? '') + text;
      return Promise.resolve();
    },
    replace: (text) => {
      content = text;
      return Promise.resolve();
    },
    text: () => content,
  };
}
