import { describe, expect, it } from 'vitest';
import { createOriginalityCheck } from '../../guard/originality-check.js';
import { readFixture } from './__fixtures__/read-fixture.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { continueScript, streamContinuation, type ContinuationDraft } from './continue-script.js';

const harness = useWritingHarness();
const script = readFixture('lighthouse.fountain');
const characters = (text: string): number => text.length;

describe('continueScript', () => {
  it('sends the script up to the cursor and the characters, and returns the continuation with where to insert it', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: 'MAYA\nRead it to me.\n\nTom unfolds the letter.' } });
    const cursor = script.indexOf('Tom waits at the top');
    const result = await continueScript(context, { script, cursor, direction: 'Maya refuses the letter.' });

    expect(result.output).toEqual({ fountain: 'MAYA\nRead it to me.\n\nTom unfolds the letter.', valid: true, insertAt: cursor, insertText: 'MAYA\nRead it to me.\n\nTom unfolds the letter.\n\n' });
    const [sent] = harness.sentChats();
    expect(sent?.user.startsWith('Characters so far: MAYA, TOM\n\nDirection: Maya refuses the letter.\n\nThe script up to the cursor:\n\nTitle: The Last Keeper')).toBe(true);
    expect(sent?.user.endsWith("Dad said you count so the dark can't.\n\n")).toBe(true);
    expect((await events())[0]).toMatchObject({ actor: { name: 'continue' }, parameters: { prompt: { id: 'writing.continue', version: '1' }, cursor, contextChars: cursor } });
  });

  it('keeps the end of a long script within the budget', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: 'TOM\nIt came this morning.' } });
    await continueScript(context, { script, cursor: script.length, budget: { contextTokens: 60, countTokens: characters } });
    expect(harness.sentChats()[0]?.user).toBe(
      'Characters so far: MAYA, TOM\n\nDirection: Continue naturally.\n\nThe script up to the cursor:\n\n\nTom waits at the top, holding a letter.\n',
    );
  });

  it('warns when the model repeats the script it was given', async () => {
    const { context } = await harness.setup([createOriginalityCheck()]);
    // 16 words: the cue and the whole line.
    const repeated = "MAYA\nForty years this lamp has never missed a night. I'm not letting it start now.";
    harness.server().enqueue('chat', { reply: { content: repeated } });
    const result = await continueScript(context, { script, cursor: script.length });
    expect(result.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([['originality.verbatim-overlap', '16 words are copied verbatim from the script before the cursor.']]);
  });

  it('keeps an empty answer with a finding rather than failing', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: '```\n```' } });
    const result = await continueScript(context, { script, cursor: script.length });
    expect(result.output).toMatchObject({ fountain: '', valid: false, insertText: '' });
    expect(result.text).toBe('```\n```');
    expect(result.findings.map((finding) => finding.message)).toEqual(['The continue output is not a Fountain continuation: it is empty.']);
  });
});

describe('streamContinuation', () => {
  it('streams the raw text, then one checked result recorded once', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: '```\nTOM\nIt came this morning.\n```' } });
    const deltas: string[] = [];
    let final: ContinuationDraft | undefined;
    for await (const part of streamContinuation(context, { script, cursor: script.length })) {
      if (part.type === 'text-delta') deltas.push(part.text);
      else final = part.result.output;
    }
    expect(deltas.join('')).toBe('```\nTOM\nIt came this morning.\n```');
    expect(final).toEqual({ fountain: 'TOM\nIt came this morning.', valid: true, insertAt: script.length, insertText: '\nTOM\nIt came this morning.' });
    expect(harness.sentChats()[0]?.user).toContain('The script up to the cursor:\n\nTitle: The Last Keeper');
    expect(await events()).toHaveLength(1);
  });
});
