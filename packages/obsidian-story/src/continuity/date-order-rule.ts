import type { SceneNote } from '../bible/scene-note.js';
import type { StoryFinding } from './story-finding.js';

/**
 * Flags a scene whose `story-date` is earlier than the latest date before it in story order, unless the scene is a
 * `flashback`. Scenes without a date are skipped.
 */
export function checkDateOrder(scenes: readonly SceneNote[]): StoryFinding[] {
  const findings: StoryFinding[] = [];
  let latest: SceneNote | undefined;
  for (const scene of scenes) {
    if (scene.storyDate === undefined || scene.flashback) continue;
    if (latest?.storyDate !== undefined && scene.storyDate < latest.storyDate) {
      findings.push({
        sceneId: scene.id,
        finding: {
          ruleId: 'continuity.date-order',
          category: 'continuity',
          severity: 'warning',
          message: `"${scene.title}" is dated ${scene.storyDate}, before "${latest.title}" (${latest.storyDate}) which comes earlier in the story.`,
          evidence: `story-date: ${scene.storyDate}`,
          suggestion: 'Fix the date, reorder the scenes, or add "flashback: true" to the scene.',
        },
      });
      continue;
    }
    latest = scene;
  }
  return findings;
}
