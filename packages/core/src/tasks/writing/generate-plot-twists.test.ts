import { describe, expect, it } from 'vitest';
import type { BeatOutline } from '../prompts/beat-outline-prompt.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { generatePlotTwists } from './generate-plot-twists.js';

const harness = useWritingHarness();
const outline: BeatOutline = {
  acts: [
    {
      name: 'Act One',
      beats: [{ name: 'Notice', description: 'The board will automate the light.', scenes: [{ heading: 'INT. LIGHTHOUSE - NIGHT', summary: 'Tom brings the letter.' }] }],
    },
  ],
};
const twists = [{ twist: 'Tom wrote the letter himself.', setup: 'He never lets Maya read it.', consequence: 'Maya must choose between Tom and the light.' }];

describe('generatePlotTwists', () => {
  it('grounds the twists in a generated beat outline, sent as indented text', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: { twists } } });
    const result = await generatePlotTwists(context, { outline, count: 1, keep: 'nobody dies' });

    expect(result.output.twists).toEqual(twists);
    expect(harness.sentChats()[0]?.user).toBe(
      'The outline so far:\nAct One\n- Notice: The board will automate the light.\n  - INT. LIGHTHOUSE - NIGHT: Tom brings the letter.\n\n' +
        'Constraints:\nMust stay true: nobody dies\n\nPropose 1 plot twists for what happens next.',
    );
    expect(harness.sentChats()[0]?.responseFormat).toMatchObject({ json_schema: { name: 'plot_twists', strict: true } });
    expect((await events())[0]).toMatchObject({ actor: { name: 'plot-twists' }, parameters: { prompt: { id: 'writing.plot-twists' }, count: 1 } });
  });

  it('takes the writer\'s own outline text as it is', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: { twists } } });
    await generatePlotTwists(context, { outline: 'Maya keeps the light on.' });
    expect(harness.sentChats()[0]?.user).toContain('The outline so far:\nMaya keeps the light on.\n\nConstraints:\nNone.\n\nPropose 3 plot twists');
  });
});
