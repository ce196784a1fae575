import { selectCuts } from '@reelkit/core/tasks/rough-cut';
import { buildRoughCutSequence } from '../features/build-rough-cut-sequence.js';
import { buildScriptAssembly } from '../features/build-script-assembly.js';
import { planClipRoughCut } from '../features/plan-clip-rough-cut.js';
import { planClipsAssembly } from '../features/plan-clips-assembly.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { frameRateFromTicksPerFrame, type FrameRate } from '../time/frame-rate.js';
import { featureOptions } from './feature-options.js';
import { reviewFindings as review } from './review-findings.js';
import type { FeatureOutcome, FeatureRunContext } from './feature-run-context.js';

/** `{ rate }` of the active sequence, so cuts land on its frames; `{}` when there is none. */
const rateOf = (context: FeatureRunContext): { rate?: FrameRate } =>
  context.sequence === undefined || context.sequence.ticksPerFrame === 0n ? {} : { rate: frameRateFromTicksPerFrame(context.sequence.ticksPerFrame) };

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const routeNote = (route: string): string =>
  route === 'sequence' ? 'the edit is one undo step' : route === 'xml-imported' ? 'imported from FCP 7 XML, as this Premiere cannot make subclips' : 'its FCP 7 XML is in the work folder for File → Import';

/**
 * Rough cut, first Run: the plan of cuts as a preview the editor can untick; second Run: the new sequence with the
 * cuts still ticked. Nothing in the project changes until the second Run.
 */
export async function runRoughCut(context: FeatureRunContext): Promise<FeatureOutcome> {
  const clip = context.clip;
  if (clip === undefined) throw new PremiereHostError('No clip is selected.', 'Select a transcribed clip in the Project panel.');
  const { plan, from } = await planClipRoughCut(context.host, context.files, clip.path, featureOptions.roughCut(context.option));
  return {
    message: `${plan.cuts.length} cuts proposed for ${clip.name} (${plan.cuts.filter((cut) => cut.selected).length} ticked) from ${from === 'premiere' ? "Premiere's transcript" : 'the Reelkit transcript'}; untick any to keep, then Run again to build the rough cut (the clip is not changed).`,
    cuts: plan.cuts,
    pending: {
      label: 'Build rough cut',
      run: async ({ selection }) => {
        const built = await buildRoughCutSequence({ host: context.host, files: context.files, guard: context.guard, capabilities: context.capabilities, mediaPath: clip.path, plan: selectCuts(plan, selection), ...rateOf(context) });
        return `"${built.name}": ${built.summary} The original is untouched; ${routeNote(built.route)}.${review(built.findings)}`;
      },
    },
  };
}

/** Script assembly, first Run: which lines have takes and which have none; second Run: the new sequence. */
export async function runScriptAssembly(context: FeatureRunContext): Promise<FeatureOutcome> {
  const clips = context.clips.length > 0 ? context.clips : context.clip === undefined ? [] : [context.clip];
  if (clips.length === 0) throw new PremiereHostError('No clips are selected.', 'Select the transcribed clips of the scenes in the Project panel.');
  const fountain = await context.script();
  if (fountain === undefined) return { message: 'No script chosen.' };
  const planned = await planClipsAssembly(context.host, context.files, fountain, clips.map((clip) => clip.path));
  const { assembly } = planned;
  const missing = assembly.missing.length === 0 ? 'every line has a take' : `no take of ${count(assembly.missing.length, 'line')} (first: ${assembly.missing[0]?.character}, "${assembly.missing[0]?.text.slice(0, 40)}")`;
  return {
    message: `${count(assembly.clips.length, 'line')} in ${count(assembly.scenes.length, 'scene')} from ${count(clips.length, 'clip')}; ${missing}. Run again to build "${planned.title} — assembly".`,
    pending: {
      label: `Build assembly (${count(assembly.clips.length, 'line')})`,
      run: async () => {
        const built = await buildScriptAssembly({ host: context.host, files: context.files, guard: context.guard, capabilities: context.capabilities, assembly, title: planned.title, ...rateOf(context) });
        return `"${built.name}": ${count(assembly.clips.length, 'take')} in script order with a marker per scene; ${routeNote(built.route)}.${review(built.findings)}`;
      },
    },
  };
}
