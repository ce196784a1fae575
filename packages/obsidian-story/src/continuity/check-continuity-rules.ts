import type { StoryBible } from '../bible/story-bible.js';
import { checkAfterDeath } from './after-death-rule.js';
import { checkDateOrder } from './date-order-rule.js';
import { checkLongAbsences } from './long-absence-rule.js';
import type { StoryFinding } from './story-finding.js';

/** Runs the rule checks (no model): death, date order, long absences; in scene order within each rule. */
export function checkContinuityRules(bible: Pick<StoryBible, 'entries' | 'entryNotes' | 'scenes' | 'index'>, absenceScenes = 4): StoryFinding[] {
  const index = bible.index();
  const bodies = new Map(bible.scenes().map((scene) => [scene.id, scene.body]));
  return [...checkAfterDeath(bible.entryNotes(), index, bodies), ...checkDateOrder(bible.scenes()), ...checkLongAbsences(bible.entries(), index, absenceScenes)];
}
