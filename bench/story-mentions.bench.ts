// story.mentions.*: keeping the Obsidian plugin's mention index current in a synthetic vault of 2,000 entries and
// 500 scenes of 600 words (generated from a seed). Each save is timed as the plugin handles it — the bible updated
// from the note's new text, then its entries and mention index read, as the views do — against a naive full rebuild
// in the same run: links resolved, a matcher built over every entry and every scene matched, which is what each entry
// save used to cost. `story.mentions.load` is the start-up read of every note, against the same rebuild plus reading
// the notes.
import type { StoryBible } from '../packages/obsidian-story/src/bible/story-bible.js';
import { importSourceBundle } from './import-source-bundle.js';
import { sampleMs } from './sample-ms.js';
import { createBenchResult, median, type BenchResult } from './bench-result.js';

type MentionPath = typeof import('../packages/obsidian-story/src/bible/story-bible.js') &
  typeof import('../packages/obsidian-story/src/bible/entry-note.js') &
  typeof import('../packages/obsidian-story/src/bible/scene-note.js') &
  typeof import('../packages/obsidian-story/src/__fixtures__/synthetic-vault.js') &
  Pick<typeof import('../packages/core/src/story/index.js'), 'createMentionMatcher' | 'indexSections' | 'resolveEntryLinks'>;

const size = { entries: 2000, scenes: 500, wordsPerScene: 600, seed: 1 };
const rebuildAnchor = 'full rebuild (links, matcher over all entries, every scene matched), same run';

export default async function storyMentions(): Promise<BenchResult[]> {
  const path = await importSourceBundle<MentionPath>(
    [
      "export { createStoryBible } from './packages/obsidian-story/src/bible/story-bible.ts';",
      "export { readEntryNote } from './packages/obsidian-story/src/bible/entry-note.ts';",
      "export { readSceneNote } from './packages/obsidian-story/src/bible/scene-note.ts';",
      "export { createSyntheticVault, syntheticEntryText, syntheticLayout } from './packages/obsidian-story/src/__fixtures__/synthetic-vault.ts';",
      "export { createMentionMatcher, indexSections, resolveEntryLinks } from '@reelkit/core/story';",
    ].join('\n'),
  );
  const vault = path.createSyntheticVault(size);
  type Entry = (typeof vault.entries)[number];
  const load = (): StoryBible => {
    const bible = path.createStoryBible(path.syntheticLayout);
    for (const note of vault.notes) bible.upsert(note.path, note.text);
    bible.entries();
    bible.index();
    return bible;
  };
  const bible = load();
  const rebuild = (entries: readonly Parameters<typeof path.resolveEntryLinks>[0][number][], scenes: readonly { id: string; title: string; body: string }[]) => {
    const resolved = path.resolveEntryLinks(entries);
    return path.indexSections(path.createMentionMatcher(resolved), scenes.map((scene) => ({ id: scene.id, text: scene.body, label: scene.title })));
  };
  const fullRebuild = (): void => void rebuild(bible.entryNotes().map((note) => note.entry), bible.scenes());
  const naiveLoad = (): void => {
    const entries = vault.notes.filter((note) => note.path.startsWith(`${path.syntheticLayout.entriesFolder}/`)).map((note) => path.readEntryNote(note.path, note.text).entry);
    const scenes = vault.notes.filter((note) => note.path.startsWith(`${path.syntheticLayout.manuscriptFolder}/`)).map((note) => path.readSceneNote(note.path, note.text));
    rebuild(entries, scenes);
  };

  // Each save alternates between two versions of a note, so the vault ends as it began; `times` keeps one side's.
  const save = (notePath: string, versions: readonly [string, string], warmup: number, samples: number, side?: 0 | 1): number => {
    let turn = 0;
    const times = sampleMs(
      () => {
        bible.upsert(notePath, versions[turn % 2] as string);
        bible.entries();
        bible.index();
        turn += 1;
      },
      warmup,
      samples,
    );
    // `turn` counts warm-up runs too; with even warm-up the samples start on version 0.
    return median(side === undefined ? times : times.filter((_, index) => index % 2 === side));
  };
  const entryText = (entry: Entry, change: Partial<Entry>): string => path.syntheticEntryText({ ...entry, ...change });
  // The first eight entries are the main cast, in most scenes; entry 1204 is an ordinary one.
  const main = vault.entries[0] as Entry;
  const ordinary = vault.entries[1204] as Entry;
  const before = bible.mentionWork;
  const edit = save(ordinary.path, [entryText(ordinary, { description: `${ordinary.description} Fears the sea.` }), entryText(ordinary, {})], 20, 200);
  if (bible.mentionWork.charactersScanned !== before.charactersScanned) throw new Error('a description edit read the manuscript');
  // A main character's surname changes, and back: every scene naming them in full is recomputed.
  const rename = save(main.path, [entryText(main, { name: main.name.replace(/ \S+$/, ' Hallorann') }), entryText(main, {})], 10, 100);
  // The worst realistic case: a main character gains an alias the manuscript already uses for someone else.
  const common = (vault.entries[1] as Entry).name.split(' ')[0] as string;
  const alias = save(main.path, [entryText(main, { aliases: [...main.aliases, common] }), entryText(main, {})], 10, 100, 0);
  const scene = bible.scenes()[250];
  const sceneText = vault.notes.find((note) => note.path === scene?.path)?.text;
  if (scene === undefined || sceneText === undefined) throw new Error('the synthetic vault has too few scenes');
  const sceneEdit = save(scene.path, [sceneText.replace(/ the /, ` the ${main.aliases[0] ?? main.name} `), sceneText], 20, 200);
  // Every save above was undone by the next, so the kept index must equal one built from scratch.
  if (JSON.stringify(bible.index()) !== JSON.stringify(rebuild(bible.entryNotes().map((note) => note.entry), bible.scenes()))) throw new Error('the kept mention index differs from a full rebuild');
  const rebuildTimes = [...sampleMs(fullRebuild, 1, 5), ...sampleMs(fullRebuild, 0, 4)];
  const loaded = median(sampleMs(load, 1, 5));
  const naive = median(sampleMs(naiveLoad, 1, 5));

  const saveRow = (id: string, value: number, target?: string): BenchResult =>
    createBenchResult({ id, value, unit: 'ms', anchor: rebuildAnchor, anchorValue: median(rebuildTimes), better: 'lower', ...(target === undefined ? {} : { target }) });
  return [
    saveRow('story.mentions.entry-edit', edit, '< 5 ms'),
    saveRow('story.mentions.entry-rename', rename, '< 5 ms'),
    saveRow('story.mentions.entry-rename.common-alias', alias, '< 5 ms'),
    saveRow('story.mentions.scene-edit', sceneEdit),
    createBenchResult({ id: 'story.mentions.load', value: loaded, unit: 'ms', anchor: 'reading every note + the same full rebuild, same run', anchorValue: naive, better: 'lower' }),
  ];
}
