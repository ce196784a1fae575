import { describe, expect, it } from 'vitest';
import { digitalSourceTypes } from '../../provenance/provenance-vocabulary.js';
import { readFixture } from './__fixtures__/read-fixture.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { InvalidTaskInputError } from './invalid-task-input-error.js';
import { rewriteSelection } from './rewrite-selection.js';

const harness = useWritingHarness();
const script = readFixture('lighthouse.fountain');
const select = (text: string) => ({ start: script.indexOf(text), end: script.indexOf(text) + text.length });

describe('rewriteSelection', () => {
  it('rewrites dialogue lines as dialogue lines, sending the passage, tone and the script before it, and records an AI edit', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: "Sure! Here you go:\n\n```\n(without turning)\nThe board couldn't find these stairs with a map.\n```" } });
    const selection = select('(not turning)\nThe board has never climbed these stairs.');
    const result = await rewriteSelection(context, { script, selection, tone: 'sardonic' });

    expect(result.output).toEqual({ fountain: "(without turning)\nThe board couldn't find these stairs with a map.", valid: true, form: 'dialogue-lines', selection });
    expect(result.findings).toEqual([]);
    const [sent] = harness.sentChats();
    expect(sent?.system).toContain('keep the form exactly: the passage is lines of dialogue under a cue that is not part of it, so answer with dialogue lines only (parentheticals allowed): no cue, no blank lines.');
    expect(sent?.user).toContain("TOM\nThe board says it's automated from Monday.\n\nMAYA\n\nThe passage to revise:\n\n(not turning)\nThe board has never climbed these stairs.\n\nTone: sardonic\nDirection: None.");
    expect(sent?.user.startsWith('Surrounding script, for context only:\n\nTitle: The Last Keeper')).toBe(true);
    expect((await events())[0]).toMatchObject({
      actor: { name: 'rewrite' },
      action: 'c2pa.edited',
      digitalSourceType: digitalSourceTypes.algorithmicallyEnhanced,
      parameters: { prompt: { id: 'writing.rewrite', version: '1' }, tone: 'sardonic', form: 'dialogue-lines' },
    });
  });

  it('flags a cue or a blank line that would break the dialogue block it goes into', async () => {
    const { context } = await harness.setup();
    const selection = select('The board has never climbed these stairs.');
    harness.server().enqueue('chat', { reply: { content: 'MAYA\nThe board? Never.' } }, { reply: { content: 'The board?\n\nNever.' } });
    const withCue = await rewriteSelection(context, { script, selection, tone: 'terse' });
    const withBlankLine = await rewriteSelection(context, { script, selection, tone: 'terse' });

    expect(withCue.output).toMatchObject({ fountain: 'MAYA\nThe board? Never.', valid: false });
    expect(withCue.findings.map((finding) => finding.message)).toEqual(['The rewrite output is not dialogue lines: it has a cue for MAYA.']);
    expect(withBlankLine.findings.map((finding) => finding.message)).toEqual(['The rewrite output is not dialogue lines: it has an action line "Never.".']);
  });

  it('keeps whole dialogue blocks to the same speakers, and the whitespace around the selection', async () => {
    const { context } = await harness.setup();
    const selection = select('MAYA\nPubs are for people who sleep at night, Tom.\n\n');
    harness.server().enqueue('chat', { reply: { content: 'MAYA\nPubs are for sleepers.' } }, { reply: { content: 'TOM\nCome on.' } });
    const same = await rewriteSelection(context, { script, selection, tone: 'punchier' });
    const other = await rewriteSelection(context, { script, selection, tone: 'punchier' });

    expect(same.output).toMatchObject({ fountain: 'MAYA\nPubs are for sleepers.\n\n', valid: true, form: 'dialogue' });
    expect(other.findings.map((finding) => finding.message)).toEqual(['The rewrite output is not dialogue for MAYA: it has a cue for TOM.']);
  });

  it('does not let a rewrite of action add a scene heading', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: 'INT. PUB - NIGHT\n\nLoud.' } });
    const result = await rewriteSelection(context, { script, selection: select('Grey light. Boats knock against the quay.'), tone: 'ominous' });
    expect(result.output).toMatchObject({ form: 'script', valid: false });
    expect(result.findings[0]?.message).toBe('The rewrite output is not the same kind of screenplay text: it has a scene heading "INT. PUB - NIGHT".');
  });

  it('refuses an empty or reversed selection before calling the model', async () => {
    const { context } = await harness.setup();
    await expect(rewriteSelection(context, { script, selection: { start: 10, end: 10 }, tone: 'x' })).rejects.toBeInstanceOf(InvalidTaskInputError);
    await expect(rewriteSelection(context, { script, selection: { start: 0, end: script.length + 5 }, tone: 'x' })).rejects.toThrow('is not a range of the script');
    expect(harness.server().requests).toEqual([]);
  });
});
