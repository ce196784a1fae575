import { keptRanges } from './kept-ranges.js';
import type { RoughCutPlan } from './plan-rough-cut.js';

/** The plan after the editor ticked or unticked rows of the preview: `selection` maps cut ids to their new state. */
export function selectCuts(plan: RoughCutPlan, selection: Readonly<Record<string, boolean>>): RoughCutPlan {
  const cuts = plan.cuts.map((cut) => (selection[cut.id] === undefined || selection[cut.id] === cut.selected ? cut : { ...cut, selected: selection[cut.id] === true }));
  return { ...plan, cuts, ...keptRanges(cuts, plan.sourceSeconds, plan.minKeepSeconds) };
}
