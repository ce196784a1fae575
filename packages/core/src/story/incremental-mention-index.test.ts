import { describe, expect, it } from 'vitest';
import { createSeededRandom, pick } from './__fixtures__/seeded-random.js';
import { createIncrementalMentionIndex, type IncrementalMentionIndex } from './incremental-mention-index.js';
import { createMentionMatcher } from './mention-matcher.js';
import type { NamedEntry } from './mention-pattern.js';

// Names chosen to collide: prefixes and suffixes of each other, shared aliases, case rules, unspaced scripts,
// names without a whole word, folding that changes (İ, final sigma).
const names = ['Mara', 'Mara Voss', 'Voss', 'York', 'New York', 'the Captain', 'Captain', 'Rose', 'rose', 'Анна', 'Zoë', '林', '林小雨', '東京', "'Tis", 'C-3PO', '🐉', 'the Great Lens', 'Lens', 'İstanbul', 'ΣΟΦΙΑΣ', 'James', 'City', 'Box'];
const fillers = ['the', 'a', 'met', 'in', 'Samara', 'Yorkshire', 'marathon', 'rosebud', 'great', 'lens', 'istanbul', 'σοφιας', 'は', '行った'];
const suffixes = ['', '', '', "'s", '’s', 's', 'es', 'ies', "'"];
const separators = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '\r\n  ', '', '—'];

function randomText(random: () => number): string {
  let text = '';
  const length = 5 + Math.floor(random() * 40);
  for (let word = 0; word < length; word += 1) {
    const base = random() < 0.5 ? pick(random, names) : pick(random, fillers);
    const cased = random() < 0.15 ? base.toUpperCase() : random() < 0.15 ? base.toLowerCase() : base;
    text += cased + pick(random, suffixes) + pick(random, separators);
  }
  return text;
}

function randomEntry(random: () => number, id: string): NamedEntry {
  const count = 1 + Math.floor(random() * 3);
  const chosen = Array.from({ length: count }, () => pick(random, names));
  return { id, name: chosen[0] as string, aliases: chosen.slice(1) };
}

/** Compares every section with a matcher built from scratch over the current entries. */
function expectSameAsFullRebuild(index: IncrementalMentionIndex, entries: ReadonlyMap<string, NamedEntry>, sections: ReadonlyMap<string, string>, label: string): void {
  const matcher = createMentionMatcher([...entries.values()]);
  for (const [id, text] of sections) expect(index.mentionsIn(id), `${label}, section ${id}: ${JSON.stringify(text)}`).toEqual(matcher.findMentions(text));
}

describe('createIncrementalMentionIndex', () => {
  it.each([1, 2, 3, 4, 5])('equals a full rebuild after every step of a random edit sequence (seed %i)', (seed) => {
    const random = createSeededRandom(seed);
    const index = createIncrementalMentionIndex();
    const entries = new Map<string, NamedEntry>();
    const sections = new Map<string, string>();
    for (let step = 0; step < 400; step += 1) {
      const roll = random();
      if (roll < 0.45) {
        const entry = randomEntry(random, `e${Math.floor(random() * 60)}`);
        // Often the same names again, in another order: an edit of the description alone.
        const previous = entries.get(entry.id);
        const next = previous !== undefined && random() < 0.3 ? { ...previous, aliases: [...previous.aliases].reverse() } : entry;
        entries.set(next.id, next);
        index.setEntry(next);
      } else if (roll < 0.55) {
        const id = `e${Math.floor(random() * 60)}`;
        entries.delete(id);
        index.removeEntry(id);
      } else if (roll < 0.85) {
        const id = `s${Math.floor(random() * 10)}`;
        const text = randomText(random);
        sections.set(id, text);
        index.setSection(id, text);
      } else if (roll < 0.9) {
        const id = `s${Math.floor(random() * 10)}`;
        sections.delete(id);
        index.removeSection(id);
        expect(index.mentionsIn(id)).toEqual([]);
      } else {
        expectSameAsFullRebuild(index, entries, sections, `seed ${seed}, step ${step}`);
      }
    }
    expectSameAsFullRebuild(index, entries, sections, `seed ${seed}, end`);
    // Both ways of matching an edited section ran: with the automaton over every entry rebuilt, and beside it.
    expect(index.work.fullRebuilds).toBeGreaterThan(1);
  });
});

describe('work done by an incremental index', () => {
  const texts = {
    s1: 'Mara climbs the stair. Mara sees Tobin.',
    s2: 'The keeper slept by the door.',
    s3: 'Tobin rows to the mill.',
  };
  function loaded() {
    const index = createIncrementalMentionIndex();
    index.setEntry({ id: 'mara', name: 'Mara', aliases: [] });
    index.setEntry({ id: 'tobin', name: 'Tobin', aliases: ['the boatman'] });
    for (const [id, text] of Object.entries(texts)) index.setSection(id, text);
    for (const id of Object.keys(texts)) index.mentionsIn(id);
    return index;
  }

  it('matches each section once when first read, with one automaton over every entry', () => {
    const index = loaded();
    expect(index.work).toEqual({ charactersScanned: 39 + 29 + 23, charactersSearched: 0, sectionsScanned: 3, patternsCompiled: 24, fullRebuilds: 1 });
    expect(index.mentionsIn('s1').map((mention) => [mention.entryId, mention.start])).toEqual([['mara', 0], ['mara', 23], ['tobin', 33]]);
  });

  it('does nothing at all when an entry is saved with the same names', () => {
    const index = loaded();
    const before = index.work;
    expect(index.setEntry({ id: 'tobin', name: 'Tobin', aliases: ['the boatman'] })).toEqual([]);
    expect(index.setEntry({ id: 'tobin', name: 'the boatman', aliases: ['Tobin'] })).toEqual([]);
    expect(index.work).toEqual(before);
  });

  it('on a new alias, searches only the sections holding its words and matches only around them', () => {
    const index = loaded();
    const before = index.work;
    // `the Keeper` and its 7 other forms share the anchor `keeper`, found in s2 only; the window is `The keeper`
    // plus the three characters the longest form (`the Keepers's`) needs after it.
    expect(index.setEntry({ id: 'mara', name: 'Mara', aliases: ['the Keeper'] })).toEqual(['s2']);
    expect(index.work).toEqual({ ...before, charactersSearched: 29, charactersScanned: before.charactersScanned + 13, patternsCompiled: before.patternsCompiled + 16 });
    expect(index.mentionsIn('s2')).toEqual([{ entryId: 'mara', start: 0, end: 10, text: 'The keeper' }]);
  });

  it('reads overlapping windows once: `York, New York` is one window of 14 characters', () => {
    const index = loaded();
    index.setSection('s4', 'York, New York');
    index.mentionsIn('s4');
    const before = index.work;
    // Both names share the anchor `york`; its windows, [0, 7) and [6, 14), overlap and are read as one.
    expect(index.setEntry({ id: 'york', name: 'York', aliases: ['New York'] })).toEqual(['s4']);
    expect(index.work.charactersScanned - before.charactersScanned).toBe(14);
    expect(index.mentionsIn('s4').map((mention) => mention.text)).toEqual(['York', 'New York']);
  });

  it('on a new name in an unspaced script, searches only the sections holding its characters', () => {
    const index = loaded();
    index.setSection('s4', '林小雨は東京へ行った。');
    index.mentionsIn('s4');
    const before = index.work;
    expect(index.setEntry({ id: 'lin', name: '林小雨', aliases: [] })).toEqual(['s4']);
    expect(index.work).toEqual({ ...before, charactersSearched: 11, charactersScanned: before.charactersScanned + 3, patternsCompiled: before.patternsCompiled + 1 });
  });

  it('on a dropped name, reads no text and recomputes only the sections that mentioned it', () => {
    const index = loaded();
    const before = index.work;
    expect(index.setEntry({ id: 'mara', name: 'Mara Voss', aliases: [] })).toEqual(['s1']);
    // `Mara Voss` has 15 forms; no section holds both `mara` and `voss`, so none is searched.
    expect(index.work).toEqual({ ...before, patternsCompiled: before.patternsCompiled + 15 });
    expect(index.mentionsIn('s1').map((mention) => mention.entryId)).toEqual(['tobin']);
    expect(index.removeEntry('tobin')).toEqual(['s1', 's3']);
    expect(index.work.charactersScanned).toBe(before.charactersScanned);
  });

  it('re-matches only an edited section, beside the renamed entries, until many have changed', () => {
    const index = loaded();
    index.setEntry({ id: 'mara', name: 'Mara', aliases: ['the Keeper'] });
    const before = index.work;
    index.setSection('s3', 'The keeper rows to the mill.');
    expect(index.work).toEqual(before);
    expect(index.mentionsIn('s3').map((mention) => mention.text)).toEqual(['The keeper']);
    // Once by the automaton over every entry (its matches of `mara` ignored), once by the one over `mara`.
    expect(index.work).toEqual({ ...before, sectionsScanned: before.sectionsScanned + 1, charactersScanned: before.charactersScanned + 2 * 28 });
    for (let entry = 0; entry < 33; entry += 1) index.setEntry({ id: `extra-${entry}`, name: `Extra ${entry}`, aliases: [] });
    index.setSection('s3', 'Tobin rows.');
    index.mentionsIn('s3');
    expect(index.work.fullRebuilds).toBe(2);
  });
});
