// A story vault generated from a seed, as large as asked: entry notes with names, aliases and links, and scenes of
// ordinary prose that mention them (a few main characters often, the rest now and then). Tests use small ones and
// the mention bench one of 2,000 entries and 500 scenes.
import { createSeededRandom, pick } from '../../../core/src/story/__fixtures__/seeded-random.js';
import type { ExampleNote } from './example-vault.js';

/** How large a vault to generate. */
export interface SyntheticVaultSize {
  readonly entries: number;
  readonly scenes: number;
  readonly wordsPerScene: number;
  readonly seed: number;
}

/** The vault layout the generated paths use. */
export const syntheticLayout = { entriesFolder: 'Bible', manuscriptFolder: 'Draft' } as const;

const syllables = ['ma', 'ra', 'vo', 'to', 'bin', 'el', 'ka', 'dri', 'an', 'lo', 've', 'thor', 'ne', 'sa', 'quil', 'ber', 'gan', 'mi', 'ro', 'zen', 'ta', 'wyn', 'hal', 'dor', 'fen', 'is', 'cor', 'lu'];
const titles = ['Captain', 'Doctor', 'Sister', 'Old', 'Young', 'Father', 'Lady'];
const places = ['Mill', 'Street', 'Harbour', 'Chapel', 'Rock', 'Light', 'Inn', 'Bridge'];
const things = ['Lens', 'Key', 'Ledger', 'Lantern', 'Compass', 'Bell'];
const prose = (
  'the a and of to in was he she it that her his with for on at as had but not by be said from they were this there one would all ' +
  'an their what so up out if about who them been has more when will no into some could time than other then two like over only ' +
  'after day before through where back now little very door night hand eyes water light wind stone rope stair window salt morning'
).split(' ');

/** A generated entry note's fields; `syntheticEntryText` writes them as the note. */
export interface SyntheticEntry {
  readonly path: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
}

/** One generated note per entry and per scene, plus the entries' fields so tests can edit and rename them. */
export interface SyntheticVault {
  readonly notes: readonly ExampleNote[];
  /** The generated entries, in note order. */
  readonly entries: readonly SyntheticEntry[];
}

/** The text of an entry note with these fields. */
export function syntheticEntryText(entry: SyntheticEntry): string {
  return `---\ntype: ${entry.type}\nname: ${entry.name}\naliases: [${entry.aliases.join(', ')}]\n---\n${entry.description}\n`;
}

/** Generates a vault; the same size and seed always give the same notes. */
export function createSyntheticVault(size: SyntheticVaultSize): SyntheticVault {
  const random = createSeededRandom(size.seed);
  const word = (count: number): string => {
    const text = Array.from({ length: count }, () => pick(random, syllables)).join('');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const named = Array.from({ length: size.entries }, (_, index) => {
    const kind = index % 4;
    const path = `${syntheticLayout.entriesFolder}/entry-${String(index).padStart(4, '0')}.md`;
    if (kind === 2) return { path, type: 'location', name: `${word(2)} ${pick(random, places)}`, aliases: [] as string[] };
    if (kind === 3) return { path, type: 'object', name: `the ${word(2)} ${pick(random, things)}`, aliases: [] as string[] };
    const first = word(2);
    const aliases = random() < 0.5 ? [first] : [first, `${pick(random, titles)} ${first}`];
    return { path, type: 'character', name: `${first} ${word(2)}`, aliases };
  });
  const entries: SyntheticEntry[] = named.map((entry, index) => {
    const linked = named[(index * 7 + 3) % named.length]?.name ?? entry.name;
    return { ...entry, description: `${entry.name} knows [[${linked}]]. ${sentence(random, 12)}` };
  });
  const entryNotes = entries.map((entry) => ({ path: entry.path, text: syntheticEntryText(entry) }));
  const sceneNotes = Array.from({ length: size.scenes }, (_, index) => {
    // A main cast of eight in many scenes, the rest scattered.
    const cast = Array.from({ length: 6 }, () => entries[random() < 0.4 ? Math.floor(random() * Math.min(8, entries.length)) : Math.floor(random() * entries.length)]);
    const parts: string[] = [];
    for (let count = 0; count < size.wordsPerScene; count += 1) {
      const named = random() < 0.025 ? pick(random, cast) : undefined;
      if (named === undefined) parts.push(pick(random, prose));
      else parts.push(`${pick(random, [named.name, ...named.aliases])}${pick(random, ['', '', "'s", '’s'])}`);
      if (random() < 0.06) parts.push(random() < 0.3 ? '\n\n' : '.');
    }
    const body = parts.join(' ').replace(/ (\.|\n\n) /g, '$1 ');
    return { path: `${syntheticLayout.manuscriptFolder}/scene-${String(index).padStart(3, '0')}.md`, text: `---\nsequence: ${index + 1}\ntitle: Scene ${index + 1}\n---\n${body}\n` };
  });
  return { notes: [...entryNotes, ...sceneNotes], entries };
}

function sentence(random: () => number, words: number): string {
  const text = Array.from({ length: words }, () => pick(random, prose)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
