import { createHasher } from '@reelkit/core/runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exampleLayout, loadExampleVault, type ExampleNote } from '../__fixtures__/example-vault.js';
import { startLoopbackProvider, type LoopbackProvider } from '../__fixtures__/loopback-provider.js';
import { FakeAdapter, FakeVault } from '../host/__fixtures__/fake-vault.js';
import { createNoteVectorStore } from '../storage/note-vector-store.js';
import { createStoryEmbeddings } from './story-embeddings.js';

let provider: LoopbackProvider;
let notes: ExampleNote[];
beforeAll(async () => {
  provider = await startLoopbackProvider();
  notes = await loadExampleVault();
});
afterAll(() => provider.server.close());
beforeEach(() => provider.server.reset());

const folder = '.obsidian/plugins/reelkit-story-bible/index';
const scene4 = 'Manuscript/scene-04.md';

/** An index over a store in `adapter`, fed every example note, with the session's embedder (the fake's vectors). */
async function indexOver(adapter: FakeAdapter) {
  const embeddings = createStoryEmbeddings({ layout: () => exampleLayout, store: createNoteVectorStore(adapter, folder), hasher: createHasher() });
  for (const note of notes) embeddings.changed(note.path, note.text);
  const embedder = await provider.session(new FakeVault()).openEmbedding();
  const refresh = () => embeddings.refresh(embedder.modelKey, embedder);
  return { embeddings, embedder, refresh };
}

describe('the ask index on the example vault, against the loopback fake', () => {
  it('embeds every scene passage and every entry that may be sent, and nothing kept from models', async () => {
    const { embeddings, embedder, refresh } = await indexOver(new FakeAdapter());
    expect(embedder.modelKey).toBe(`local@${provider.settings.localBaseUrl}/fake-embed`);
    expect((await embeddings.plan(embedder.modelKey)).passages).toHaveLength(58);
    expect(await refresh()).toEqual({ notes: 51, embedded: 58, reused: 0 });
    const passages = embeddings.passages();
    // Scenes in passages of whole paragraphs of at least 400 characters, by 1-based line: two per scene.
    expect(passages.filter((passage) => passage.kind === 'scene').map((passage) => `${passage.path.slice(11, -3)}:${passage.line + 1}-${passage.endLine + 1}`)).toEqual([
      'The Saltmarsh Light:4-6',
      ...['7-14', '16-23', '7-14', '16-24', '7-13', '15-25', '7-16', '18-22', '7-12', '14-19', '7-12', '14-18', '7-13', '15-24', '7-11', '13-18', '7-12', '14-16'].map((lines, position) => `scene-${String(Math.floor(position / 2) + 1).padStart(2, '0')}:${lines}`),
      'scene-10:7-14',
    ]);
    expect(passages.filter((passage) => passage.kind === 'entry')).toHaveLength(38);
    const texts = passages.map((passage) => passage.text).join('\n');
    expect(texts).not.toContain('Grey Lady'); // private: true
    expect(texts).not.toContain('Planned ending'); // context: never
    expect(texts).not.toContain('He is decent'); // Elias Crane's private notes
    expect(provider.embeddedTexts()).toHaveLength(58);
    expect(passages.find((passage) => passage.path === 'Story bible/fitz.md')?.text).toBe('Fitz (character): The lighthouse dog, a rough-coated collie cross with one white ear. Barks at the fog bell and at strangers, in\nthat order of seriousness.');
  });

  it('re-embeds only the paragraph an edit changed, and writes only that note’s vectors', async () => {
    const adapter = new FakeAdapter();
    const { embeddings, refresh } = await indexOver(adapter);
    await refresh();
    const files = new Map(adapter.files);
    provider.server.reset();
    const text = notes.find((note) => note.path === scene4)?.text ?? '';
    embeddings.changed(scene4, text.replace('the worst things do', 'the worst things always do'));
    expect(embeddings.waiting()).toBe(1);
    expect(await refresh()).toEqual({ notes: 1, embedded: 1, reused: 1 });
    expect(provider.embeddedTexts()).toEqual([embeddings.passages().find((passage) => passage.text.includes('always do'))?.text]);
    expect([...adapter.files].filter(([path, file]) => files.get(path) !== file).map(([path]) => path)).toEqual([`${folder}/${scene4}.json`]);
  });

  it('re-embeds nothing after a restart, and nothing when a note is renamed', async () => {
    const adapter = new FakeAdapter();
    const first = await indexOver(adapter);
    await first.refresh();
    provider.server.reset();
    const restarted = await indexOver(adapter);
    expect(await restarted.refresh()).toEqual({ notes: 51, embedded: 0, reused: 58 });
    expect(provider.server.requests).toEqual([]);
    expect(restarted.embeddings.passages().map((passage) => [passage.id, [...passage.vector]])).toEqual(first.embeddings.passages().map((passage) => [passage.id, [...passage.vector]]));

    const text = restarted.embeddings.noteText(scene4) ?? '';
    restarted.embeddings.renamed(scene4, 'Manuscript/the-gears.md', text);
    expect(await restarted.refresh()).toEqual({ notes: 1, embedded: 0, reused: 2 });
    expect(provider.server.requests).toEqual([]);
    await Promise.resolve();
    expect([...adapter.files.keys()].filter((path) => path.includes('scene-04') || path.includes('the-gears'))).toEqual([`${folder}/Manuscript/the-gears.md.json`]);
  });

  it('embeds everything again for another model, never mixing vectors', async () => {
    const { embeddings, embedder, refresh } = await indexOver(new FakeAdapter());
    await refresh();
    expect(await embeddings.refresh('openai/text-embedding-3-small@512', embedder)).toEqual({ notes: 51, embedded: 58, reused: 0 });
  });
});
