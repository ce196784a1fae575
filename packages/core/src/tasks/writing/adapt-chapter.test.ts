import { describe, expect, it } from 'vitest';
import { createOriginalityCheck } from '../../guard/originality-check.js';
import { readFixture } from './__fixtures__/read-fixture.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { adaptChapter } from './adapt-chapter.js';

const harness = useWritingHarness();
const chapter = readFixture('chapter-three.md');
const scenes = 'INT. LIGHTHOUSE - LAMP ROOM - DAY\n\nTom climbs in, a letter in his hand.\n\nTOM\nIt\'s from the board.\n\nMAYA\n(polishing)\nRead it to me, then.';

describe('adaptChapter', () => {
  it('sends the chapter, records it as the source with its digest, and returns the scenes', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: `Here are the scenes:\n\n\`\`\`fountain\n${scenes}\n\`\`\`` } });
    const result = await adaptChapter(context, { chapter, title: 'chapter-three.md', hasher: harness.runtime.hasher });

    const digest = `sha256:${await harness.runtime.hasher.sha256(chapter)}`;
    expect(result.output).toEqual({ fountain: scenes, valid: true, scenes: 1, documentDigest: digest });
    expect(harness.sentChats()[0]?.user).toBe(`Chapter: chapter-three.md\n\n${chapter.trim()}\n\nDirection: Keep the events of the chapter in order.\n\nAdapt this chapter into scenes.`);
    const [event] = await events();
    expect(event).toMatchObject({ actor: { name: 'adaptation' }, action: 'c2pa.created', source: { documentDigest: digest, title: 'chapter-three.md' }, parameters: { prompt: { id: 'writing.adapt-chapter', version: '1' } } });
    expect(event?.source?.documentDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('lets the originality check see the chapter, so copied prose is reported', async () => {
    const { context } = await harness.setup([createOriginalityCheck()]);
    const copied = 'INT. LIGHTHOUSE - DAY\n\nShe went on polishing the lens, the way her father had polished it, in slow circles that never quite met.';
    harness.server().enqueue('chat', { reply: { content: copied } });
    const result = await adaptChapter(context, { chapter, title: 'chapter-three.md', hasher: harness.runtime.hasher });
    expect(result.findings.map((finding) => finding.message)).toEqual(['20 words are copied verbatim from chapter-three.md.']);
  });

  it('keeps prose that has no scene heading, with a finding', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: 'Tom brings a letter. Maya will not read it.' } });
    const result = await adaptChapter(context, { chapter, title: 'chapter-three.md', hasher: harness.runtime.hasher });
    expect(result.output).toMatchObject({ fountain: 'Tom brings a letter. Maya will not read it.', valid: false, scenes: 0 });
    expect(result.findings.map((finding) => finding.message)).toEqual(['The adaptation output is not Fountain scenes: it has no scene heading.']);
  });

  it('refuses a chapter over the token limit instead of cutting it', async () => {
    const { context } = await harness.setup();
    await expect(adaptChapter(context, { chapter, title: 'ch3', hasher: harness.runtime.hasher, maxChapterTokens: 20 })).rejects.toThrow(
      /^The adaptation task cannot run: ch3 is about \d+ tokens, over the 20 allowed\. Adapt it in parts/,
    );
    expect(harness.server().requests).toEqual([]);
  });
});
