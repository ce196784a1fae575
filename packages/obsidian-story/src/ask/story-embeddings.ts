import type { Hasher } from '@reelkit/core/runtime';
import { estimatePromptTokens } from '@reelkit/core/story';
import { noteRoleOf, type BibleLayout } from '../bible/bible-layout.js';
import type { NoteVectorStore } from '../storage/note-vector-store.js';
import { embedInBatches, type EmbedRun } from './embed-in-batches.js';
import type { NoteTextListener } from './note-text-listener.js';
import { notePassages } from './note-passages.js';
import { decodeNoteVectors, encodeNoteVectors } from './note-vectors.js';
import type { IndexedPassage, StoryPassage } from './story-passage.js';

/** What the index is built on: where notes belong, where vectors are kept, how passages are hashed. */
export interface StoryEmbeddingsOptions {
  readonly layout: () => BibleLayout;
  readonly store: NoteVectorStore;
  readonly hasher: Hasher;
}

/** What a refresh would send: the passages no stored or known vector covers. Nothing is sent to find out. */
export interface EmbeddingPlan {
  /** Notes changed since they were last indexed (all of them on a first build or a new model). */
  readonly notes: number;
  readonly passages: readonly StoryPassage[];
  readonly tokens: number;
  /** Passages of those notes whose vectors were found (on disk or in another note). */
  readonly reused: number;
}

/** What a refresh did. */
export interface RefreshResult {
  readonly notes: number;
  readonly embedded: number;
  readonly reused: number;
}

/** The ask index: passages of every scene and entry with their vectors, kept current note by note. */
export interface StoryEmbeddings extends NoteTextListener {
  /** What `refresh` would embed for this model (see `StoryEmbedder.modelKey`). */
  plan(modelKey: string): Promise<EmbeddingPlan>;
  /** Embeds the passages `plan` finds and stores each changed note's vectors; refreshes run one after another. */
  refresh(modelKey: string, run: EmbedRun): Promise<RefreshResult>;
  /** Every indexed passage with its vector. */
  passages(): readonly IndexedPassage[];
  /** A note's text as last seen. */
  noteText(path: string): string | undefined;
  /** Notes changed since the last refresh. */
  waiting(): number;
  /** Forgets every note (the folders changed); their files stay until the notes are indexed again. */
  clear(): void;
}

interface NoteState {
  text: string;
  dirty: boolean;
  /** Whether the store was read for the current model. */
  storedRead: boolean;
  /** The hashes the note's file holds, sorted and joined; undefined when it has no file. */
  storedHashes: string | undefined;
  vectors: Map<string, Float32Array>;
  indexed: IndexedPassage[];
}

interface PreparedNote {
  readonly path: string;
  readonly state: NoteState;
  readonly text: string;
  readonly passages: readonly { readonly passage: StoryPassage; readonly hash: string }[];
}

/**
 * Creates the ask index. Each passage is content-hashed: an edit re-embeds only the passages whose text changed (and a
 * paragraph moved to another note is found there), and each note's vectors are kept in its own file, so a restart
 * reads them back and re-embeds nothing unchanged. Vectors of another model are never reused.
 */
export function createStoryEmbeddings(options: StoryEmbeddingsOptions): StoryEmbeddings {
  const notes = new Map<string, NoteState>();
  let modelKey: string | undefined;
  let all: IndexedPassage[] | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const newState = (text: string): NoteState => ({ text, dirty: true, storedRead: false, storedHashes: undefined, vectors: new Map(), indexed: [] });

  const useModel = (key: string): void => {
    if (modelKey === key) return;
    modelKey = key;
    for (const [path, state] of notes) notes.set(path, newState(state.text));
    all = undefined;
  };

  const prepare = async (key: string) => {
    useModel(key);
    const prepared: PreparedNote[] = [];
    for (const [path, state] of notes) {
      if (!state.dirty) continue;
      if (!state.storedRead) {
        const stored = await options.store.read(path).catch(() => undefined);
        const vectors = stored === undefined ? new Map<string, Float32Array>() : decodeNoteVectors(stored, key);
        for (const [hash, vector] of vectors) if (!state.vectors.has(hash)) state.vectors.set(hash, vector);
        state.storedHashes = stored === undefined ? undefined : [...vectors.keys()].sort().join();
        state.storedRead = true;
      }
      const passages = notePassages(path, state.text, options.layout());
      prepared.push({ path, state, text: state.text, passages: await Promise.all(passages.map(async (passage) => ({ passage, hash: await options.hasher.sha256(passage.text) }))) });
    }
    // Built once, before any note's vectors are replaced, and only when some passage is not in its own note's.
    let known: Map<string, Float32Array> | undefined;
    const pending = new Map<string, StoryPassage>();
    let reused = 0;
    for (const { state, passages } of prepared) {
      for (const { passage, hash } of passages) {
        if (state.vectors.has(hash) || (known ??= new Map([...notes.values()].flatMap((other) => [...other.vectors]))).has(hash)) reused += 1;
        else if (!pending.has(hash)) pending.set(hash, passage);
      }
    }
    return { prepared, pending, reused, known };
  };

  const index: StoryEmbeddings = {
    changed(path, text) {
      if (noteRoleOf(path, options.layout()) === 'other') {
        if (notes.has(path)) index.removed(path);
        return;
      }
      const state = notes.get(path);
      if (state === undefined) notes.set(path, newState(text));
      else if (state.text !== text) Object.assign(state, { text, dirty: true });
    },
    removed(path) {
      if (!notes.delete(path)) return;
      all = undefined;
      void options.store.remove(path).catch(() => undefined);
    },
    renamed(oldPath, newPath, text) {
      const vectors = notes.get(oldPath)?.vectors;
      index.removed(oldPath);
      index.changed(newPath, text);
      const moved = notes.get(newPath);
      if (moved !== undefined && vectors !== undefined) Object.assign(moved, { vectors: new Map(vectors), storedRead: true, storedHashes: undefined, dirty: true });
    },
    plan: (key) => {
      const job = queue.then(async () => {
        const { prepared, pending, reused } = await prepare(key);
        const passages = [...pending.values()];
        return { notes: prepared.length, passages, tokens: passages.reduce((sum, passage) => sum + estimatePromptTokens(passage.text), 0), reused };
      });
      queue = job.catch(() => undefined);
      return job;
    },
    refresh: (key, run) => {
      const job = queue.then(async () => {
        const { prepared, pending, reused, known } = await prepare(key);
        const hashes = [...pending.keys()];
        const vectors = await embedInBatches(hashes.map((hash) => (pending.get(hash) as StoryPassage).text), run);
        const fresh = new Map(hashes.map((hash, position) => [hash, vectors[position] as Float32Array]));
        for (const { path, state, text, passages } of prepared) {
          if (notes.get(path) !== state) continue;
          const current = new Map<string, Float32Array>();
          const indexed: IndexedPassage[] = [];
          for (const { passage, hash } of passages) {
            const vector = state.vectors.get(hash) ?? fresh.get(hash) ?? known?.get(hash);
            if (vector === undefined) continue;
            current.set(hash, vector);
            indexed.push({ ...passage, vector });
          }
          Object.assign(state, { vectors: current, indexed, dirty: state.text !== text });
          const hashesNow = [...current.keys()].sort().join();
          if (hashesNow !== state.storedHashes) {
            await options.store.write(path, encodeNoteVectors(key, current));
            state.storedHashes = hashesNow;
          }
        }
        all = undefined;
        return { notes: prepared.length, embedded: hashes.length, reused };
      });
      queue = job.catch(() => undefined);
      return job;
    },
    passages: () => (all ??= [...notes.values()].flatMap((state) => state.indexed)),
    noteText: (path) => notes.get(path)?.text,
    waiting: () => [...notes.values()].filter((state) => state.dirty).length,
    clear() {
      notes.clear();
      all = undefined;
    },
  };
  return index;
}
