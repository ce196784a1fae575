import { messageText } from '@reelkit/core/models';
import type { ExtractionPlan } from '../extract/plan-extraction.js';
import { extractPrompt } from '../extract/extract-prompt.js';
import type { SendPreview } from './send-preview.js';
import { estimatedCostText } from './usd-text.js';

/** The preview of "Extract entries": one request per chapter, what each sends (the instructions once), tokens and cost. */
export function extractionPreview(plans: readonly ExtractionPlan[]): SendPreview {
  const inputTokens = plans.reduce((sum, plan) => sum + (plan.usage.inputTokens ?? 0), 0);
  const outputTokens = plans.reduce((sum, plan) => sum + (plan.usage.outputTokens ?? 0), 0);
  const usd = plans.reduce((sum, plan) => sum + plan.cost.usd, 0);
  const incomplete = plans.some((plan) => plan.cost.incomplete);
  const system = plans[0]?.messages.find((message) => message.role === 'system');
  return {
    title: 'Extract entries: what will be sent',
    summary: `${plans.length} ${plans.length === 1 ? 'request' : 'requests'}, about ${inputTokens} tokens in and ${outputTokens} out. ${estimatedCostText({ usd, incomplete })} Nothing is written to your notes: you accept each proposal yourself.`,
    rows: plans.map((plan) => ({ text: `${plan.scene.title} (${plan.scene.path}): the chapter and ${plan.known.length} entries it mentions, about ${plan.usage.inputTokens ?? 0} tokens` })),
    messages: [
      ...(system === undefined ? [] : [{ heading: `Instructions, sent with each request (prompt ${extractPrompt.id}, version ${extractPrompt.version})`, text: messageText(system) }]),
      ...plans.flatMap((plan) => plan.messages.filter((message) => message.role !== 'system').map((message) => ({ heading: `Message for ${plan.scene.title}`, text: messageText(message) }))),
    ],
  };
}
