// Context assembly on the example bible, scene by scene, against sending the whole bible.
import {
  assembleContext,
  createMentionMatcher,
  estimatePromptTokens,
  indexSections,
  renderEntry,
  type ContextPreview,
} from '../../packages/core/src/story/index.js';
import type { ExampleBible } from './load-example-bible.js';

/** One scene's numbers. */
export interface SceneContextMeasure {
  readonly sceneId: string;
  readonly contextTokens: number;
  /** 1 - context tokens / whole-bible tokens. */
  readonly saved: number;
  /** Marked mentions of sendable entries that made it into the context, over all such marked mentions. */
  readonly recall: number;
  /** Marked sendable entries missing from the context. */
  readonly missed: readonly string[];
  /** Entries the matcher found that the person did not mark (false positives). */
  readonly unexpected: readonly string[];
  readonly preview: ContextPreview;
}

/** The whole sendable bible (no private, `never` or unpinned `manual` entries), as a naive integration sends it. */
export function wholeBibleText(bible: ExampleBible): string {
  return bible.entries
    .filter((entry) => entry.private !== true && entry.contextMode !== 'never' && entry.contextMode !== 'manual')
    .map((entry) => renderEntry(entry, entry.progressions.map((progression) => progression.text)))
    .join('\n\n');
}

/** For every scene, assembles context at the scene's end (the scene is the document, as an open note is). */
export function measureContextSavings(bible: ExampleBible, budgetTokens: number): { wholeTokens: number; scenes: SceneContextMeasure[] } {
  const wholeTokens = estimatePromptTokens(wholeBibleText(bible));
  const matcher = createMentionMatcher(bible.entries);
  const sceneOrder = bible.scenes.map((scene) => scene.id);
  const byId = new Map(bible.entries.map((entry) => [entry.id, entry]));
  const scenes = bible.scenes.map((scene) => {
    const index = indexSections(matcher, [{ id: scene.id, text: scene.text, label: scene.title }]);
    const preview = assembleContext({ entries: bible.entries, index, cursor: { sectionId: scene.id }, budgetTokens, sceneOrder });
    const included = new Set(preview.included.map((entry) => entry.entryId));
    const sendable = scene.mentions.filter((id) => {
      const entry = byId.get(id);
      return entry !== undefined && entry.private !== true && (entry.contextMode === 'when-mentioned' || entry.contextMode === 'always');
    });
    const missed = sendable.filter((id) => !included.has(id));
    const found = new Set(index.sections[0]?.mentions.map((mention) => mention.entryId));
    return {
      sceneId: scene.id,
      contextTokens: preview.tokens,
      saved: 1 - preview.tokens / wholeTokens,
      recall: sendable.length === 0 ? 1 : (sendable.length - missed.length) / sendable.length,
      missed,
      unexpected: [...found].filter((id) => !scene.mentions.includes(id)),
      preview,
    };
  });
  return { wholeTokens, scenes };
}
