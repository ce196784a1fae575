import { defaultPriceTable, estimateCost, findModelPrice } from '@reelkit/core/models';
import type { EmbeddingPlan } from '../ask/story-embeddings.js';
import type { SendPreview } from './send-preview.js';
import { estimatedCostText } from './usd-text.js';

/** How many passages the preview shows in full; the rest are counted per note above them. */
export const previewedPassages = 20;

/**
 * The preview of building or updating the ask index: which notes' passages go to which embedding model, how many
 * tokens and what they cost, what is left out, and the passages themselves (the first ones in full).
 */
export function indexPreview(plan: EmbeddingPlan, model: { readonly provider: string; readonly modelId: string }): SendPreview {
  const cost = estimateCost({ inputTokens: plan.tokens }, findModelPrice(defaultPriceTable, model.provider, model.modelId));
  const perNote = new Map<string, number>();
  for (const passage of plan.passages) perNote.set(passage.path, (perNote.get(passage.path) ?? 0) + 1);
  const more = plan.passages.length - previewedPassages;
  return {
    title: 'Index the story for questions: what will be sent',
    summary:
      `${plan.passages.length} passages of ${perNote.size} notes (about ${plan.tokens} tokens) go to ${model.provider}/${model.modelId} to be embedded; ${plan.reused} are indexed already. ${estimatedCostText(cost)} ` +
      'Private entries, entries marked never and private notes are never sent. The vectors stay in the plugin’s folder; after this, only the passages you edit are sent again.',
    rows: [...perNote].map(([path, count]) => ({ text: `${path}: ${count} ${count === 1 ? 'passage' : 'passages'}` })),
    messages: [
      ...plan.passages.slice(0, previewedPassages).map((passage) => ({ heading: `${passage.path}, lines ${passage.line + 1}–${passage.endLine + 1}`, text: passage.text })),
      ...(more > 0 ? [{ heading: `And ${more} more passages`, text: 'Paragraphs of the notes listed above, sent the same way.' }] : []),
    ],
    confirm: 'Index',
  };
}
