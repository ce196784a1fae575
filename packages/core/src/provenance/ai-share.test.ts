import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { countWords } from '../screenplay/count-words.js';
import { computeAiShare } from './ai-share.js';
import { markdownSections, sceneSections } from './document-sections.js';
import { createTextSpan } from './text-span.js';
import type { TrackedSpan } from './track-spans.js';

const script = 'INT. DOCK - DAWN\n\nThe fog lifts.\n\nMARA\nWe leave now.\n\nEXT. SEA - DAY\n\nWaves. Gulls cry overhead.\n';
const span = (exact: string, status: TrackedSpan['status'], editRatio = 0): TrackedSpan => {
  const start = script.indexOf(exact);
  const current = createTextSpan(script, start, start + exact.length);
  return status === 'lost' ? { entryId: exact, original: current, status, editRatio: 1 } : { entryId: exact, original: current, current, status, editRatio };
};

describe('computeAiShare', () => {
  it('splits characters and words into AI-written, AI-written-then-edited and human-written, per scene', () => {
    const spans = [span('We leave now.', 'intact'), span('Gulls cry overhead.', 'edited', 0.25), span('The fog lifts.', 'lost')];
    const share = computeAiShare(script, spans, sceneSections(parseFountain(script)));
    expect(share.document).toEqual({
      characters: { total: 74, ai: 11, aiEdited: 17, human: 46 },
      words: { total: 17, ai: 3, aiEdited: 3, human: 11 },
      editRatio: 0.25,
    });
    expect(share.sections.map((section) => [section.id, section.words, section.editRatio])).toEqual([
      ['int-dock-dawn', { total: 10, ai: 3, aiEdited: 0, human: 7 }, 0],
      ['ext-sea-day', { total: 7, ai: 0, aiEdited: 3, human: 4 }, 0.25],
    ]);
  });

  it('counts overlapping spans once, edited winning, and agrees with the screenplay word count', () => {
    const overlapping = [span('Waves. Gulls cry', 'intact'), span('Gulls cry overhead.', 'edited', 0.1)];
    const share = computeAiShare(script, overlapping);
    expect(share.document.words).toEqual({ total: 17, ai: 1, aiEdited: 3, human: 13 });
    const mixed = 'Ça va? 東京へ行く。 don’t-stop 42.5';
    expect(computeAiShare(mixed, []).document.words.total).toBe(countWords(mixed));
  });
});

describe('markdownSections', () => {
  it('cuts a note at its ATX headings, ignoring fenced code', () => {
    const note = 'Intro\n# Chapter One\nText\n```\n# not a heading\n```\n## Scene 2 ##\nMore\n';
    expect(markdownSections(note)).toEqual([
      { id: 'Chapter One', start: 6, end: 49 },
      { id: 'Scene 2', start: 49, end: note.length },
    ]);
  });
});
