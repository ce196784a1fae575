import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { assembleContext } from './assemble-context.js';
import { entriesFromScreenplay } from './entries-from-screenplay.js';
import { indexSections } from './mention-index.js';
import { createMentionMatcher } from './mention-matcher.js';
import { sectionsFromMarkdown } from './sections-from-markdown.js';
import { sectionsFromScreenplay } from './sections-from-screenplay.js';

const script = `Title: The Saltmarsh Light

INT. LAMP ROOM - NIGHT

MARA
Who's there?

EXT. QUAY - DAY #7#

TOBIN
Only me.
`;

describe('sectionsFromScreenplay', () => {
  it('cuts the script into a preamble and one section per scene that cover the source exactly', () => {
    const sections = sectionsFromScreenplay(script, parseFountain(script));
    expect(sections.map((section) => [section.id, section.label])).toEqual([
      ['preamble', 'the title page and opening'],
      ['int-lamp-room-night', 'scene 1'],
      ['scene-7', 'scene 7'],
    ]);
    expect(sections.map((section) => section.text).join('')).toBe(script);
    expect(sections[1]?.text).toBe("INT. LAMP ROOM - NIGHT\n\nMARA\nWho's there?\n\n");
  });

  it('lets context assembly name the scene a character was mentioned in', () => {
    const screenplay = parseFountain(script);
    const entries = entriesFromScreenplay(screenplay);
    const index = indexSections(createMentionMatcher(entries), sectionsFromScreenplay(script, screenplay));
    const preview = assembleContext({ entries, index, cursor: { sectionId: 'scene-7' }, budgetTokens: 500 });
    expect(preview.included.map((entry) => [entry.name, entry.reason.text])).toEqual([
      ['Tobin', 'mentioned in scene 7'],
      ['Quay', 'mentioned in scene 7'],
      ['Mara', 'mentioned in scene 1'],
      ['Lamp Room', 'mentioned in scene 1'],
    ]);
  });
});

describe('sectionsFromMarkdown', () => {
  it('splits at level 1-2 headings outside code fences and keeps repeated headings apart', () => {
    const text = '---\ntype: chapter\n---\nIntro\n# Chapter One\nMara.\n```\n# not a heading\n```\n### Beat\n## Scene\nTobin.\n## Scene\nEnd';
    const sections = sectionsFromMarkdown(text);
    expect(sections.map((section) => [section.id, section.label, section.text])).toEqual([
      ['preamble', 'the opening', '---\ntype: chapter\n---\nIntro\n'],
      ['chapter-one', 'Chapter One', '# Chapter One\nMara.\n```\n# not a heading\n```\n### Beat\n'],
      ['scene', 'Scene', '## Scene\nTobin.\n'],
      ['scene-2', 'Scene', '## Scene\nEnd'],
    ]);
  });

  it('returns one section for a note without headings', () => {
    expect(sectionsFromMarkdown('Just prose.')).toEqual([{ id: 'preamble', text: 'Just prose.', label: 'the opening' }]);
  });
});
