import type { CaptionFinding } from '../../captions/caption-finding.js';
import type { CaptionCue } from '../../captions/caption-cue.js';
import type { Finding } from '../../findings/finding.js';
import { formatTimestamp } from '../../captions/format-timestamp.js';

/**
 * Caption rule breaks as findings the host can list: `captions.<rule>`, the cue's number and time in the message,
 * its text as evidence. `language` names the track when there are several (`de: Cue 3 …`).
 */
export function captionRuleFindings(broken: readonly CaptionFinding[], cues: readonly CaptionCue[], language?: string): Finding[] {
  return broken.map((item) => {
    const cue = cues[item.cueIndex];
    const where = `Cue ${item.cueIndex + 1}${cue === undefined ? '' : ` (${formatTimestamp(cue.start, '.')})`}`;
    return {
      ruleId: `captions.${item.rule}`,
      category: 'language',
      severity: 'warning',
      message: `${language === undefined ? '' : `${language}: `}${where}: ${item.message}`,
      ...(cue === undefined ? {} : { evidence: cue.lines.join(' / ') }),
      suggestion: item.rule === 'max-chars-per-second' ? 'Shorten the text or lengthen the cue.' : 'Edit the cue before delivery.',
    };
  });
}
