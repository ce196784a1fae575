import { foldCase } from './fold-case.js';
import type { StoryEntry } from './story-entry.js';

/**
 * Entries kept by key (a note's path), with links resolved exactly as `resolveEntryLinks` resolves them over the
 * entries in the order their keys were first set. An edit re-resolves the edited entry and, when it changed an id or
 * a name, only the entries with a link spelling the old or new one.
 */
export interface ResolvedEntries {
  /** Adds or replaces the entry under `key`; a new key goes last. */
  set(key: string, entry: StoryEntry): void;
  remove(key: string): void;
  /** Every entry, links resolved; the same array until something changes. */
  list(): readonly StoryEntry[];
}

interface Held {
  readonly order: number;
  readonly entry: StoryEntry;
  /** Folded id, then folded names: the keys links reach this entry by. */
  readonly answers: readonly string[];
  /** Folded links. */
  readonly asks: readonly string[];
  resolved: StoryEntry | undefined;
}

/** Creates an empty collection. */
export function createResolvedEntries(): ResolvedEntries {
  const held = new Map<string, Held>();
  let nextOrder = 0;
  /** Folded id -> keys of the entries with it (the last set wins, as in `resolveEntryLinks`). */
  const byId = new Map<string, Set<string>>();
  /** Folded name or alias -> keys of the entries with it (the first wins). */
  const byName = new Map<string, Set<string>>();
  /** Folded link -> keys of the entries asking for it. */
  const askers = new Map<string, Set<string>>();
  let list: StoryEntry[] | undefined;

  const index = (map: Map<string, Set<string>>, keys: Iterable<string>, key: string, add: boolean): void => {
    for (const folded of keys) {
      const holders = map.get(folded) ?? new Set<string>();
      if (add) map.set(folded, holders.add(key));
      else if (holders.delete(key) && holders.size === 0) map.delete(folded);
    }
  };
  const place = (key: string, entry: Held, add: boolean): void => {
    index(byId, entry.answers.slice(0, 1), key, add);
    index(byName, entry.answers.slice(1), key, add);
    index(askers, entry.asks, key, add);
  };
  /** Forgets the resolution of every entry with a link to one of these folded ids or names. */
  const unresolveAskers = (answers: readonly string[]): void => {
    for (const answer of answers) for (const key of askers.get(answer) ?? []) (held.get(key) as Held).resolved = undefined;
  };
  const winner = (keys: Set<string> | undefined, last: boolean): string | undefined => {
    let best: Held | undefined;
    for (const key of keys ?? []) {
      const candidate = held.get(key) as Held;
      if (best === undefined || (last ? candidate.order > best.order : candidate.order < best.order)) best = candidate;
    }
    return best?.entry.id;
  };
  const resolve = (entry: StoryEntry): StoryEntry => {
    const links = entry.links
      .map((link) => {
        const folded = foldCase(link.trim());
        return winner(byId.get(folded), true) ?? winner(byName.get(folded), false);
      })
      .filter((id): id is string => id !== undefined && id !== entry.id);
    return { ...entry, links: [...new Set(links)] };
  };

  return {
    set(key, entry) {
      const previous = held.get(key);
      const answers = [entry.id, entry.name, ...entry.aliases].map(foldCase);
      const next: Held = { order: previous?.order ?? nextOrder++, entry, answers, asks: [...new Set(entry.links.map((link) => foldCase(link.trim())))], resolved: undefined };
      if (previous !== undefined) place(key, previous, false);
      held.set(key, next);
      place(key, next, true);
      const sameAnswers = previous !== undefined && previous.answers.length === answers.length && previous.answers.every((answer, position) => answer === answers[position]);
      if (!sameAnswers) unresolveAskers([...(previous?.answers ?? []), ...answers]);
      list = undefined;
    },
    remove(key) {
      const previous = held.get(key);
      if (previous === undefined) return;
      place(key, previous, false);
      held.delete(key);
      unresolveAskers(previous.answers);
      list = undefined;
    },
    list() {
      return (list ??= [...held.values()].map((entry) => (entry.resolved ??= resolve(entry.entry))));
    },
  };
}
