import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { readFixture } from './__fixtures__/read-fixture.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { UnknownCharacterError } from './unknown-character-error.js';
import { writeDialogue } from './write-dialogue.js';

const harness = useWritingHarness();
const script = readFixture('lighthouse.fountain');
const words = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;

describe('writeDialogue', () => {
  it("grounds the dialogue in the character's lines and the scene up to the cursor, and returns the parsed Fountain", async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: "```fountain\nMAYA\n(quietly)\nIt's from the board, isn't it?\n```" } });
    const result = await writeDialogue(context, { script, character: 'Maya', cursor: script.length, direction: 'She guesses what the letter is.' });

    expect(result.output).toEqual({
      fountain: "MAYA\n(quietly)\nIt's from the board, isn't it?",
      valid: true,
      character: 'MAYA',
      grounding: { linesSent: 5, linesOmitted: 0, sceneStart: script.indexOf('INT. LIGHTHOUSE - STAIRS') },
    });
    expect(result.findings).toEqual([]);
    const [sent] = harness.sentChats();
    expect(sent?.user).toBe(
      "MAYA's existing lines, in script order:\n\n" +
        "MAYA\nForty years this lamp has never missed a night. I'm not letting it start now.\n\n" +
        'MAYA\n(not turning)\nThe board has never climbed these stairs.\n\n' +
        'MAYA\nPubs are for people who sleep at night, Tom.\n\nMAYA\nNo.\n\n' +
        "MAYA\nNinety-one, ninety-two. Dad said you count so the dark can't.\n\n" +
        'The scene up to the cursor:\n\n' +
        "INT. LIGHTHOUSE - STAIRS - NIGHT\n\nMaya counts the steps under her breath.\n\nMAYA\nNinety-one, ninety-two. Dad said you count so the dark can't.\n\nTom waits at the top, holding a letter.\n\n" +
        "Direction: She guesses what the letter is.\n\nWrite MAYA's next dialogue.",
    );
    expect(sent?.system).toContain("Write for that character only: no other characters, no action lines, no scene headings, no commentary.");
    const [event] = await events();
    expect(result.provenanceId).toBe(event?.id);
    expect(event).toMatchObject({ actor: { name: 'dialogue' }, parameters: { prompt: { id: 'writing.dialogue', version: '1' }, character: 'MAYA', linesSent: 5, linesOmitted: 0 } });
  });

  it('trims the oldest and the least characteristic lines first to stay within the budget', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: 'MAYA\nGive it here.' } });
    // In words: the stairs line costs 12 (11 words and a separator), the pub line 11, so a budget of 24 holds exactly the two most recent long ones.
    const result = await writeDialogue(context, { script, character: 'MAYA', cursor: script.length, budget: { linesTokens: 24, countTokens: words } });

    expect(result.output.grounding).toMatchObject({ linesSent: 2, linesOmitted: 3 });
    const user = harness.sentChats()[0]?.user ?? '';
    expect(user).toContain("in script order:\n\nMAYA\nPubs are for people who sleep at night, Tom.\n\nMAYA\nNinety-one, ninety-two. Dad said you count so the dark can't.\n\nThe scene");
    expect(user).not.toContain('Forty years');
    expect(user).not.toContain('MAYA\nNo.');
  });

  it('sends only the current scene up to a cursor in the middle of the script', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: 'MAYA\nMaybe.' } });
    const cursor = script.indexOf('Just once.') + 'Just once.\n\n'.length;
    const screenplay = parseFountain(script);
    const result = await writeDialogue(context, { script, screenplay, character: '@maya (V.O.)', cursor });

    const user = harness.sentChats()[0]?.user ?? '';
    expect(user).toContain('The scene up to the cursor:\n\nEXT. HARBOUR - DAWN\n\nGrey light. Boats knock against the quay.\n\nTOM\nYou could come to the pub. Just once.\n\nDirection: Write MAYA\'s next line.');
    expect(result.output.grounding.sceneStart).toBe(script.indexOf('EXT. HARBOUR'));
  });

  it('keeps an answer that speaks for someone else, with a task.invalid-fountain finding', async () => {
    const { context, events } = await harness.setup();
    const answer = "MAYA\nIt's from the board.\n\nTOM\nIt is.\n\nShe tears it up.";
    harness.server().enqueue('chat', { reply: { content: answer } });
    const result = await writeDialogue(context, { script, character: 'MAYA', cursor: script.length });

    expect(result.output).toMatchObject({ fountain: answer, valid: false });
    expect(result.text).toBe(answer);
    expect(result.findings).toEqual([
      {
        ruleId: 'task.invalid-fountain',
        category: 'format',
        severity: 'warning',
        message: 'The dialogue output is not dialogue for MAYA only: it has an action line "She tears it up."; it has a cue for TOM.',
        suggestion: 'The text is kept as the model wrote it: regenerate, or fix its formatting before inserting it.',
      },
    ]);
    expect(result.provenanceId).toBe((await events())[0]?.id);
  });

  it('flags prose without a cue as not dialogue', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: 'Maya says nothing.' } });
    const result = await writeDialogue(context, { script, character: 'MAYA', cursor: script.length });
    expect(result.findings[0]?.message).toBe('The dialogue output is not dialogue for MAYA only: it has an action line "Maya says nothing."; it has no character cue; it has no dialogue.');
  });

  it('rejects a character with no lines, listing the speaking characters, before calling the model', async () => {
    const { context } = await harness.setup();
    const pending = writeDialogue(context, { script, character: 'Ghost', cursor: 0 });
    await expect(pending).rejects.toBeInstanceOf(UnknownCharacterError);
    await expect(pending).rejects.toThrow('GHOST has no dialogue in this script, so there is no voice to ground their lines in. Pick one of the speaking characters: MAYA, TOM.');
    await expect(pending).rejects.toMatchObject({ code: 'invalid_argument', knownCharacters: ['MAYA', 'TOM'] });
    await expect(writeDialogue(context, { script, character: 'MAYA', cursor: script.length + 1 })).rejects.toThrow(`the cursor ${script.length + 1} is outside the script`);
    expect(harness.server().requests).toEqual([]);
  });
});
