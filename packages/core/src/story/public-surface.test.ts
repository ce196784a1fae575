import { describe, expect, it } from 'vitest';
import * as story from './index.js';

describe('story public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(story).sort()).toEqual([
      'InvalidStoryInputError',
      'applicableProgressions',
      'assembleContext',
      'chunkParagraphs',
      'createIncrementalMentionIndex',
      'createMentionMatcher',
      'createResolvedEntries',
      'createStoryEntry',
      'entriesFromScreenplay',
      'estimatePromptTokens',
      'indexSections',
      'locateQuote',
      'parseEntryNote',
      'parseFrontmatter',
      'rankPassages',
      'removeSection',
      'renderEntry',
      'resolveEntryLinks',
      'sectionsFromMarkdown',
      'sectionsFromScreenplay',
      'unitVector',
      'updateSection',
    ]);
  });
});
