// story.ask.index.*: keeping the Obsidian plugin's ask index (passages of scenes and entries with their embeddings)
// current in a synthetic vault of 2,000 entries and 500 scenes of 600 words, embedding through the loopback fake
// provider (real HTTP, the OpenAI-compatible provider, 256-float vectors) and keeping vectors in an in-memory adapter.
// Each row is timed against a naive full re-index in the same run: every note cut into passages and every passage
// embedded again, which is what an index without content hashes and per-note files would do after any edit or restart.
import type { EmbeddingModel } from '../packages/core/src/models/index.js';
import { createFakeProviderServer } from '../packages/core/src/testing/index.js';
import type { StoryEmbeddings } from '../packages/obsidian-story/src/ask/story-embeddings.js';
import type { VectorFileAdapter } from '../packages/obsidian-story/src/storage/note-vector-store.js';
import { createBenchResult, median, type BenchResult } from './bench-result.js';
import { importSourceBundle } from './import-source-bundle.js';
import { sampleMsAsync } from './sample-ms.js';

type AskPath = typeof import('../packages/obsidian-story/src/ask/story-embeddings.js') &
  typeof import('../packages/obsidian-story/src/ask/note-passages.js') &
  typeof import('../packages/obsidian-story/src/ask/embed-in-batches.js') &
  typeof import('../packages/obsidian-story/src/storage/note-vector-store.js') &
  typeof import('../packages/obsidian-story/src/__fixtures__/synthetic-vault.js') &
  Pick<typeof import('../packages/core/src/providers/index.js'), 'createOpenAICompatible'> &
  Pick<typeof import('../packages/core/src/runtime/index.js'), 'createHasher'>;

const size = { entries: 2000, scenes: 500, wordsPerScene: 600, seed: 1 };
const naiveAnchor = 'naive full re-index (every note cut into passages, every passage embedded again), same run';

/** An adapter over a Map, counting writes. */
function memoryAdapter(): VectorFileAdapter & { files: Map<string, string>; writes: number } {
  const files = new Map<string, string>();
  const folders = new Set<string>();
  return {
    files,
    writes: 0,
    exists: (path) => Promise.resolve(files.has(path) || folders.has(path)),
    read: (path) => Promise.resolve(files.get(path) ?? ''),
    async write(path, data) {
      this.writes += 1;
      files.set(path, data);
    },
    remove: (path) => Promise.resolve(void files.delete(path)),
    mkdir: (path) => Promise.resolve(void folders.add(path)),
  };
}

export default async function storyAskIndex(): Promise<BenchResult[]> {
  const path = await importSourceBundle<AskPath>(
    [
      "export { createStoryEmbeddings } from './packages/obsidian-story/src/ask/story-embeddings.ts';",
      "export { notePassages } from './packages/obsidian-story/src/ask/note-passages.ts';",
      "export { embedInBatches } from './packages/obsidian-story/src/ask/embed-in-batches.ts';",
      "export { createNoteVectorStore } from './packages/obsidian-story/src/storage/note-vector-store.ts';",
      "export { createSyntheticVault, syntheticLayout } from './packages/obsidian-story/src/__fixtures__/synthetic-vault.ts';",
      "export { createOpenAICompatible } from '@reelkit/core/providers';",
      "export { createHasher } from '@reelkit/core/runtime';",
    ].join('\n'),
  );
  const server = await createFakeProviderServer();
  try {
    const vault = path.createSyntheticVault(size);
    const model: EmbeddingModel = path.createOpenAICompatible({ baseURL: server.openaiBaseURL, defaultEmbeddingModel: 'fake-embed' }).embedding();
    const embedder = { model, dimensions: 256 };
    const modelKey = 'local/fake-embed@256';
    const indexOver = (adapter: VectorFileAdapter): StoryEmbeddings => {
      const index = path.createStoryEmbeddings({ layout: () => path.syntheticLayout, store: path.createNoteVectorStore(adapter, 'index'), hasher: path.createHasher() });
      for (const note of vault.notes) index.changed(note.path, note.text);
      return index;
    };
    const naive = async (): Promise<void> => {
      const passages = vault.notes.flatMap((note) => path.notePassages(note.path, note.text, path.syntheticLayout));
      await path.embedInBatches(passages.map((passage) => passage.text), embedder);
    };

    // The first build embeds everything, as the naive index does every time.
    let built = memoryAdapter();
    let index = indexOver(built);
    const buildTimes = await sampleMsAsync(
      async () => {
        built = memoryAdapter();
        index = indexOver(built);
        const result = await index.refresh(modelKey, embedder);
        if (result.embedded !== index.passages().length) throw new Error('the first build reused vectors it cannot have');
      },
      0,
      3,
    );
    process.stderr.write(`story.ask.index: ${index.passages().length} passages in ${vault.notes.length} notes, ${built.writes} vector files\n`);

    // One paragraph of a scene edited, and back: one passage embedded, one file written.
    const scene = vault.notes.find((note) => note.path.endsWith('scene-250.md'));
    if (scene === undefined) throw new Error('the synthetic vault has too few scenes');
    const versions = [scene.text.replace(/ the /, ' the lantern '), scene.text];
    let turn = 0;
    const editTimes = await sampleMsAsync(
      async () => {
        index.changed(scene.path, versions[turn % 2] as string);
        turn += 1;
        const result = await index.refresh(modelKey, embedder);
        if (result.embedded > 1) throw new Error(`an edit of one paragraph embedded ${result.embedded} passages`);
      },
      2,
      20,
    );

    // A restart: every note's vectors read back from its file, nothing embedded.
    const restartTimes = await sampleMsAsync(
      async () => {
        const result = await indexOver(built).refresh(modelKey, embedder);
        if (result.embedded !== 0) throw new Error(`a restart embedded ${result.embedded} passages`);
      },
      1,
      3,
    );
    const naiveTimes = await sampleMsAsync(naive, 1, 3);
    const row = (id: string, value: number): BenchResult => createBenchResult({ id, value, unit: 'ms', anchor: naiveAnchor, anchorValue: median(naiveTimes), better: 'lower' });
    return [row('story.ask.index.build', median(buildTimes)), row('story.ask.index.edit', median(editTimes)), row('story.ask.index.restart', median(restartTimes))];
  } finally {
    await server.close();
  }
}
