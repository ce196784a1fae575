import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { characterBackgroundOption, loglineOptions, plotTwistOptions, storyIdeaOptions } from './idea-notes.js';

describe('idea notes', () => {
  it('turns story ideas into pickable options whose notes keep a stray ]] from closing them', () => {
    expect(storyIdeaOptions([{ title: 'Night Bus', summary: 'A driver [[sees]] everything.', hook: 'One stop too many.' }])).toEqual([
      { label: 'Night Bus', detail: 'A driver [[sees]] everything.', note: '[[IDEA: Night Bus\nA driver [[sees] ] everything.\nHook: One stop too many.]]' },
    ]);
  });

  it('writes loglines, twists and a background as notes that parse as one note and print nothing', () => {
    const [logline] = loglineOptions([{ title: 'Late', logline: 'A commuter must…', premise: 'Every bus is late.', genre: 'comedy', tone: 'dry' }]);
    expect(logline?.note).toBe('[[LOGLINE: Late (comedy, dry)\nA commuter must…\nEvery bus is late.]]');
    const [twist] = plotTwistOptions([{ twist: 'The driver is her father.', setup: 'His cap.', consequence: 'She stays.' }]);
    expect(twist?.note).toBe('[[TWIST\nThe driver is her father.\nSetup: His cap.\nConsequence: She stays.]]');
    const background = characterBackgroundOption({ name: 'ALICE', summary: 'A commuter.', backstory: 'Grew up here.', want: 'A bus.', need: 'Patience.', flaw: 'Impatient.', voice: 'Short.', relationships: [{ name: 'BOB', relationship: 'Neighbour.' }] });
    expect(background.note).toBe('[[CHARACTER: ALICE\nA commuter.\nBackstory: Grew up here.\nWants: A bus.\nNeeds: Patience.\nFlaw: Impatient.\nVoice: Short.\nBOB: Neighbour.]]');
    const screenplay = parseFountain(`INT. STOP - NIGHT\n\n${background.note}\n`);
    expect([screenplay.annotations.length, screenplay.elements.map((element) => element.kind)]).toEqual([1, ['scene-heading']]);
  });
});
