import type { Finding } from '../findings/finding.js';
import type { ModerationModel } from '../models/moderation-model.js';
import type { TextCheck } from './text-check.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/**
 * Moderation of the output. Fiction depicts violence and worse on purpose, so a flag is a warning for the writer
 * to look at, naming the categories and scores, never a silent block.
 */
export function createModerationCheck(model: ModerationModel, stages: TextCheck['stages'] = ['output']): TextCheck {
  return {
    id: 'moderation',
    stages,
    async run({ text, stage, signal }) {
      const { verdicts } = await model.moderate({ inputs: [text], ...omitUndefined({ signal }) });
      const verdict = verdicts[0];
      if (verdict === undefined || !verdict.flagged) return [];
      const flagged = Object.entries(verdict.categories)
        .filter(([, category]) => category.flagged)
        .sort(([, a], [, b]) => b.score - a.score);
      const finding: Finding = {
        ruleId: 'moderation.flagged',
        category: 'moderation',
        severity: 'warning',
        message: `${model.provider} moderation flagged the ${stage} for ${flagged.map(([name]) => name).join(', ') || 'unspecified content'}.`,
        evidence: flagged.map(([name, category]) => `${name} ${category.score.toFixed(2)}`).join(', '),
        suggestion: 'Check that this is what the scene needs; some hosts and platforms restrict such content.',
      };
      return [finding];
    },
  };
}
