import { parseLedger, type ProvenanceEvent } from '@reelkit/core/provenance';
import { createHasher } from '@reelkit/core/runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { exampleLayout, loadExampleVault } from '../__fixtures__/example-vault.js';
import { startLoopbackProvider, type LoopbackProvider } from '../__fixtures__/loopback-provider.js';
import type { StoryBible } from '../bible/story-bible.js';
import { FakeAdapter, FakeVault } from '../host/__fixtures__/fake-vault.js';
import { createNoteVectorStore } from '../storage/note-vector-store.js';
import { askLedgerName } from './ask-ledger.js';
import type { AskStatement } from './ask-prompt.js';
import type { QuestionPlan } from './plan-question.js';
import { prepareQuestion } from './prepare-question.js';
import { runQuestion } from './run-question.js';
import { createStoryEmbeddings, type StoryEmbeddings } from './story-embeddings.js';

let provider: LoopbackProvider;
let bible: StoryBible;
let embeddings: StoryEmbeddings;
const vault = new FakeVault();
beforeAll(async () => {
  provider = await startLoopbackProvider();
  bible = await loadExampleStoryBible();
  embeddings = createStoryEmbeddings({ layout: () => exampleLayout, store: createNoteVectorStore(new FakeAdapter(), 'index'), hasher: createHasher() });
  for (const note of await loadExampleVault()) embeddings.changed(note.path, note.text);
  const embedder = await provider.session(vault).openEmbedding();
  await embeddings.refresh(embedder.modelKey, embedder);
});
afterAll(() => provider.server.close());
beforeEach(() => provider.server.reset());

/** Plans a question as the plugin does, with the default budget. */
async function plan(question: string): Promise<QuestionPlan> {
  const session = provider.session(vault);
  const call = await session.open();
  return prepareQuestion({ question, bible, embeddings, embedder: await session.openEmbedding(), budgetTokens: 1500, model: call.model });
}
const sent = (questionPlan: QuestionPlan): string[] => questionPlan.passages.map((item) => `${item.passage.path}:${item.passage.line + 1}`);
const labelOf = (questionPlan: QuestionPlan, path: string, line: number): string => questionPlan.passages.find((item) => item.passage.path === path && item.passage.line + 1 === line)?.label ?? 'missing';

/** Scripts the model's answer, sends the planned question through the session's guard and checks the citations. */
async function ask(questionPlan: QuestionPlan, statements: readonly AskStatement[]) {
  provider.server.enqueue('chat', { reply: { json: { statements } } });
  const model = await (await provider.session(vault).open()).forNote(askLedgerName);
  return runQuestion(questionPlan, { model, noteText: (path) => embeddings.noteText(path), now: () => 0 });
}

describe('Ask the story on the example vault, against the loopback fake', () => {
  it('sends the passages that name the question’s entries first, and keeps only the statements whose quotes are in their notes', async () => {
    const question = 'What does Dmitri write in his notebook, and to whom?';
    const questionPlan = await plan(question);
    // The four passages that name Dmitri Orlov come first; the rest of the budget goes by similarity (the fake's
    // vectors are hashes of the text, so which passages those are is arbitrary but fixed).
    expect(sent(questionPlan)).toEqual([
      'Manuscript/scene-10.md:7',
      'Manuscript/scene-06.md:14',
      'Story bible/dmitri-orlov.md:9',
      'Manuscript/scene-06.md:7',
      'Manuscript/scene-04.md:18',
      'Story bible/maras-marriage.md:7',
      'Story bible/gideons-pipe.md:6',
      'Story bible/kessock-island.md:6',
    ]);
    expect(questionPlan.passages.slice(0, 4).map((item) => item.why.replace(/; similarity .*/, ''))).toEqual(Array.from({ length: 4 }, () => 'names Dmitri Orlov'));
    expect(questionPlan.preview.summary).toMatch(/^About \d+ tokens in \(\d+ of them 8 passages, budget 1500\), about 300 out\. Estimated cost \$0\.0000 \(no price known for this model\)\. It names Dmitri Orlov\. The question was embedded with local\/fake-embed to find them\.$/);
    expect(provider.embeddedTexts()).toEqual([question]);

    const answer = await ask(questionPlan, [
      { text: 'He writes to his mother, in Russian.', source: labelOf(questionPlan, 'Story bible/dmitri-orlov.md', 9), quote: 'writes to his mother in Russian in a salt-stained notebook' },
      { text: 'He wrote that the wreck was not the light’s fault.', source: `[${labelOf(questionPlan, 'Manuscript/scene-06.md', 14)}]`, quote: 'that it was not the light’s fault' },
      { text: 'He writes poems for Wren.', source: labelOf(questionPlan, 'Manuscript/scene-06.md', 7), quote: 'he wrote poems for Wren' },
      { text: 'He keeps the lighthouse log.', source: '9', quote: 'the log' },
    ]);
    expect(answer.statements.map((statement) => [statement.citation.path, statement.citation.line + 1, statement.citation.quote])).toEqual([
      ['Story bible/dmitri-orlov.md', 9, 'writes to\nhis mother in Russian in a salt-stained notebook'],
      ['Manuscript/scene-06.md', 18, "that it was not the light's fault"],
    ]);
    expect(answer.dropped).toEqual([
      { text: 'He writes poems for Wren.', why: 'its quote "he wrote poems for Wren" is not in Manuscript/scene-06.md' },
      { text: 'He keeps the lighthouse log.', why: 'it cites passage "9", which was not sent' },
    ]);
    const events = parseLedger(vault.adapter.files.get('.reelkit/ledgers/ask-the-story.jsonl') ?? '').entries as ProvenanceEvent[];
    expect(events.at(-1)?.parameters?.['prompt']).toEqual({ id: 'story.ask', version: '1' });
    expect(events.at(-1)?.id).toBe(answer.provenanceId);
  });

  it('finds a passage by similarity alone when the question names no entry: a paragraph asked word for word comes first', async () => {
    const paragraph = embeddings.passages().find((passage) => passage.path === 'Manuscript/scene-07.md' && passage.line === 14);
    const questionPlan = await plan(paragraph?.text ?? '');
    expect(questionPlan.passages[0]?.passage.id).toBe(paragraph?.id);
    expect(questionPlan.passages[0]?.why).toMatch(/similarity 1\.00 \(rank 1\)$/);

    const unnamed = await plan('Who rang for the dead, and why?');
    expect(unnamed.passages.map((item) => item.why.replace(/^similarity -?\d\.\d\d /, ''))).toEqual(Array.from({ length: 8 }, (_, rank) => `(rank ${rank + 1})`));
  });

  it('sends no statement it cannot check: an answer without statements says the passages do not answer', async () => {
    const answer = await ask(await plan('What colour are Tomas’s eyes?'), []);
    expect(answer).toMatchObject({ statements: [], dropped: [] });
  });
});
