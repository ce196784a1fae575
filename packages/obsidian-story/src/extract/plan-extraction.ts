import { defaultPriceTable, estimateCost, findModelPrice, messageText, type Cost, type TextMessage, type Usage } from '@reelkit/core/models';
import { applicableProgressions, estimatePromptTokens, renderEntry, type IndexedSection, type StoryEntry } from '@reelkit/core/story';
import { renderPrompt } from '@reelkit/core/tasks/writing';
import type { SceneNote } from '../bible/scene-note.js';
import { extractPrompt } from './extract-prompt.js';

/** One chapter's extraction request, ready to preview and send. */
export interface ExtractionPlan {
  readonly scene: SceneNote;
  /** Ids of the entries sent as already known: those the chapter mentions. */
  readonly known: readonly string[];
  readonly messages: readonly TextMessage[];
  readonly usage: Usage;
  readonly cost: Cost;
}

/** Tokens an extraction answer is expected to take, for the estimate. */
export const extractionAnswerTokens = 600;

/**
 * Plans "Extract entries" for one chapter (a scene note): the chapter, and as what the bible already knows the
 * entries it mentions (with their progressions by its end; private and `never` entries are not sent), so the model
 * proposes only what is new. Pure: nothing is sent.
 */
export function planExtraction(scene: SceneNote, section: IndexedSection | undefined, entries: readonly StoryEntry[], sceneOrder: readonly string[], model: { readonly provider: string; readonly modelId: string }): ExtractionPlan {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const mentioned = [...new Set((section?.mentions ?? []).map((mention) => mention.entryId))].flatMap((id) => byId.get(id) ?? []);
  const sendable = mentioned.filter((entry) => entry.private !== true && entry.contextMode !== 'never');
  const point = { sceneIndex: sceneOrder.indexOf(scene.id), offset: (section?.offset ?? 0) + (section?.length ?? 0), sceneOrder };
  const known = sendable.map((entry) => renderEntry(entry, applicableProgressions(entry, point))).join('\n\n');
  const messages = renderPrompt(extractPrompt, { known: known || '(nothing this chapter mentions)', title: scene.title, chapter: scene.body.trim() });
  const usage = { inputTokens: messages.reduce((sum, message) => sum + estimatePromptTokens(messageText(message)), 0), outputTokens: extractionAnswerTokens };
  return { scene, known: sendable.map((entry) => entry.id), messages, usage, cost: estimateCost(usage, findModelPrice(defaultPriceTable, model.provider, model.modelId)) };
}
