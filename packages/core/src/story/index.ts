// Story-bible engine: entries, mention index, context assembly with a preview.
export { applicableProgressions, type StoryPoint } from './applicable-progressions.js';
export { assembleContext, type ContextCostModel, type ContextRequest } from './assemble-context.js';
export type { ContextPreview, CutEntry, IncludedEntry, InclusionReason, SkippedEntry } from './context-preview.js';
export { entriesFromScreenplay } from './entries-from-screenplay.js';
export { estimatePromptTokens, type TokenCounter } from './estimate-prompt-tokens.js';
export { InvalidStoryInputError } from './invalid-story-input-error.js';
export type { Mention } from './mention.js';
export { indexSections, removeSection, updateSection, type DocumentSection, type IndexedSection, type MentionIndex } from './mention-index.js';
export { createMentionMatcher, type MentionMatcher, type MentionMatcherOptions } from './mention-matcher.js';
export { parseEntryNote } from './parse-entry-note.js';
export { parseFrontmatter, type Frontmatter, type FrontmatterValue } from './parse-frontmatter.js';
export { renderEntry } from './render-entry.js';
export { resolveEntryLinks } from './resolve-entry-links.js';
export { sectionsFromMarkdown } from './sections-from-markdown.js';
export { sectionsFromScreenplay } from './sections-from-screenplay.js';
export { createStoryEntry, type ContextMode, type Progression, type StoryEntry, type StoryEntryType } from './story-entry.js';
