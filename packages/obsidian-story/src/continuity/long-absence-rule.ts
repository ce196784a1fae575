import type { MentionIndex, StoryEntry } from '@reelkit/core/story';
import type { StoryFinding } from './story-finding.js';

/**
 * Flags a character who disappears for at least `minScenes` consecutive scenes between two appearances, so the
 * writer can check the reader still remembers them. Informational.
 */
export function checkLongAbsences(entries: readonly StoryEntry[], index: MentionIndex, minScenes = 4): StoryFinding[] {
  const findings: StoryFinding[] = [];
  for (const entry of entries) {
    if (entry.type !== 'character') continue;
    const present = index.sections.flatMap((section, position) => (section.mentions.some((mention) => mention.entryId === entry.id) ? [position] : []));
    for (let step = 1; step < present.length; step += 1) {
      const from = present[step - 1] ?? 0;
      const to = present[step] ?? 0;
      const gap = to - from - 1;
      if (gap < minScenes) continue;
      const back = index.sections[to];
      const last = index.sections[from];
      findings.push({
        sceneId: back?.id ?? '',
        entryId: entry.id,
        finding: {
          ruleId: 'continuity.long-absence',
          category: 'continuity',
          severity: 'info',
          message: `${entry.name} returns in "${back?.label ?? ''}" after ${gap} scenes away (last seen in "${last?.label ?? ''}").`,
          suggestion: 'Remind the reader who they are, or mention them in between.',
        },
      });
    }
  }
  return findings;
}
