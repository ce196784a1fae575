import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAI } from '../../providers/openai/openai-provider.js';
import { createRuntime } from '../../runtime/runtime.js';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { entriesFromScreenplay } from '../../story/entries-from-screenplay.js';
import { createStoryEntry } from '../../story/story-entry.js';
import { createGuard } from '../../guard/create-guard.js';
import { createTestRecorder } from '../__fixtures__/create-test-recorder.js';
import { glossaryFromEntries } from './glossary-from-entries.js';
import { translateCaptions } from './translate-captions.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());
const runtime = createRuntime();
const openai = () => createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } });

const cues = [
  { start: 1, end: 3, lines: ['Mara climbs the stairs.'], speaker: 'MARA' },
  { start: 3.5, end: 6, lines: ['She counts every step to Kestrel Point.'] },
  { start: 6.5, end: 8, lines: ['Forty-one, forty-two!'] },
];
const glossary = [...glossaryFromEntries([createStoryEntry({ id: 'mara', type: 'character', name: 'Mara' })]), { term: 'Kestrel Point', translation: 'Turmfalkenspitze' }];
const source = { title: 'reel-1.en.vtt', documentDigest: `sha256:${'a'.repeat(64)}` };

describe('glossaryFromEntries', () => {
  it('keeps a script’s character names verbatim, one spelling each, leaving locations and private entries out', () => {
    const entries = entriesFromScreenplay(parseFountain('INT. LIGHTHOUSE - NIGHT\n\nMARA QUINN\nForty-one.\n\nOLD TOM (V.O.)\nKeep counting.\n'));
    const secret = createStoryEntry({ id: 'x', type: 'character', name: 'Secret Sister', private: true });
    expect(glossaryFromEntries([...entries, secret])).toEqual([{ term: 'Mara Quinn' }, { term: 'Old Tom' }]);
    expect(glossaryFromEntries(entries, ['character', 'location']).map((term) => term.term)).toEqual(['Mara Quinn', 'Old Tom', 'Lighthouse']);
  });
});

describe('translateCaptions', () => {
  it('translates in batches with the glossary, keeps timing, and reports a lost term and a cue read too fast', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    server.enqueue(
      'chat',
      { reply: { json: { cues: [{ index: 0, text: 'Mara steigt die Treppe hinauf.' }, { index: 1, text: 'Sie zählt jede Stufe bis Kestrel Point.' }] } } },
      { reply: { json: { cues: [{ index: 2, text: 'Einundvierzig, zweiundvierzig, dreiundvierzig!' }] } } },
    );
    const result = await translateCaptions({
      model: createGuard({ recorder }).text(openai().text('gpt-4o-mini')),
      cues,
      sourceLanguage: 'English',
      targetLanguage: 'German',
      glossary,
      batchSize: 2,
      source,
    });
    const first = server.requests[0]?.json as { messages: { content: string }[]; response_format: { json_schema: { name: string } } };
    expect(first.response_format.json_schema.name).toBe('translated_cues');
    expect(first.messages[1]?.content).toBe(
      'From English into German.\n\nGlossary:\nMara\nKestrel Point = Turmfalkenspitze\n\nCues:\n' +
        '0 [2.0 s, at most 34 characters]: Mara climbs the stairs.\n1 [2.5 s, at most 42 characters]: She counts every step to Kestrel Point.',
    );
    expect(result.cues).toEqual([
      { start: 1, end: 3, lines: ['Mara steigt die Treppe hinauf.'], speaker: 'MARA' },
      { start: 3.5, end: 6, lines: ['Sie zählt jede Stufe bis Kestrel Point.'] },
      { start: 6.5, end: 8, lines: ['Einundvierzig,', 'zweiundvierzig, dreiundvierzig!'] },
    ]);
    expect(result.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['translation.glossary-term-lost', 'Cue 2 (00:00:03.500): "Kestrel Point" should appear in the German text as "Turmfalkenspitze", but does not.'],
      ['captions.max-chars-per-second', 'German: Cue 3 (00:00:06.500): The cue needs 30 characters a second; viewers read at most 17.'],
    ]);
    const recorded = await events();
    expect(result.provenanceIds).toEqual(recorded.map((event) => event.id));
    expect(recorded).toHaveLength(2);
    expect(recorded[0]).toMatchObject({ action: 'c2pa.translated', source, parameters: { prompt: { id: 'media.translate-cues', version: '1' }, targetLanguage: 'German', cues: { first: 0, count: 2 } } });
  });

  it('keeps the source text of a cue the model left out, with an error finding', async () => {
    server.enqueue('chat', { reply: { json: { cues: [{ index: 0, text: 'Mara steigt die Treppe hinauf.' }, { index: 2, text: 'Einundvierzig!' }] } } });
    const result = await translateCaptions({ model: createGuard().text(openai().text('gpt-4o-mini')), cues, targetLanguage: 'German' });
    expect(result.cues[1]?.lines).toEqual(['She counts every step to Kestrel Point.']);
    expect(result.findings).toEqual([
      expect.objectContaining({ ruleId: 'translation.cue-missing', severity: 'error', message: 'Cue 2 (00:00:03.500) came back without a German translation; it keeps the source text.' }),
    ]);
  });
});
