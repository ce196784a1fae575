import { messageText } from '@reelkit/core/models';
import type { GenerationPlan } from '../generation/plan-generation.js';
import type { SendPreview } from './send-preview.js';
import { estimatedCostText } from './usd-text.js';

/** The preview of a generation: tokens and cost, each entry and why it is in, what was cut or skipped, every message. */
export function generationPreview(plan: GenerationPlan): SendPreview {
  const { context, task } = plan;
  return {
    title: `${task.name}: what will be sent`,
    summary: `About ${context.usage?.inputTokens ?? context.tokens} tokens in (${context.tokens} of them story bible, budget ${context.budgetTokens}), about ${context.usage?.outputTokens ?? 0} out. ${estimatedCostText(context.cost)}`,
    rows: [
      ...context.included.map((entry) => ({ text: `${entry.name}: ${entry.reason.text} (${entry.tokens} tokens)` })),
      ...context.cut.map((entry) => ({ text: `${entry.name}: left out, ${entry.why}`, left: 'cut' as const })),
      ...context.skipped.map((entry) => ({ text: `${entry.name}: never sent (${entry.why})`, left: 'skipped' as const })),
    ],
    messages: plan.messages.map((message) => ({ heading: message.role === 'system' ? `Instructions (prompt ${task.prompt.id}, version ${task.prompt.version})` : 'Message', text: messageText(message) })),
  };
}
