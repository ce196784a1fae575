import { defaultReplicateModels } from '@reelkit/core/providers';
import { submitMusicCue } from '@reelkit/core/tasks/music';
import { estimateRunCost } from '../cost/estimate-run-cost.js';
import { addSceneMarkers } from '../features/add-scene-markers.js';
import { describeSequenceFrames } from '../features/describe-sequence-frames.js';
import { drawStoryboardFrames } from '../features/draw-storyboard-frames.js';
import { dubClipCaptions } from '../features/dub-clip-captions.js';
import { exportMarkedRange } from '../features/export-marked-range.js';
import { hasMarkedRange } from '../features/has-marked-range.js';
import { speechVoices } from '../features/speech-voices.js';
import { glossaryForScript } from '../features/glossary-for-script.js';
import { mediaTypeForPath } from '../features/media-type-for-path.js';
import { planMarkerMusicCue } from '../features/plan-marker-music-cue.js';
import { planStoryboardForMarker } from '../features/plan-storyboard-for-marker.js';
import { planTrailer } from '../features/plan-trailer.js';
import { submitClipVideoJob } from '../features/submit-clip-video-job.js';
import { transcribeMedia } from '../features/transcribe-media.js';
import { translateClipCaptions } from '../features/translate-clip-captions.js';
import type { PremiereHost, SequenceInfo } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { secondsToTicks, ticksToSeconds } from '../time/ticks.js';
import { featureOptions } from './feature-options.js';
import type { FeatureOutcome, FeatureRunContext } from './feature-run-context.js';
import type { PanelFeatureId } from './panel-features.js';
import { reviewFindings as review } from './review-findings.js';
import { runRoughCut, runScriptAssembly } from './run-edit-features.js';
import { omitUndefined } from '@reelkit/core/runtime';

export type { FeatureOutcome, FeatureRunContext, PreviewChoices } from './feature-run-context.js';

const demand = <T>(value: T | undefined, what: string, hint: string): T => {
  if (value === undefined) throw new PremiereHostError(what, hint);
  return value;
};

/** Runs the selected feature end to end, through the feature functions, and says what happened. */
export async function runFeature(id: PanelFeatureId, context: FeatureRunContext): Promise<FeatureOutcome> {
  const { host, files, models, guard, signal } = context;
  const now = () => new Date(guard.runtime.now());
  const clip = () => demand(context.clip, 'No clip is selected.', 'Select a clip in the Project panel.');
  const sequence = () => demand(context.sequence, 'No sequence is active.', 'Open a sequence in the Timeline panel.');
  const model = <T>(value: T | undefined, key: string): T => demand(value, `No ${key} key is set.`, `Add it in Settings.`);
  const text = () => guard.text(model(models.text, 'OpenAI'));
  const signing = async () => guard.withSigner(await context.signer());
  switch (id) {
    case 'transcribe': {
      const result = await transcribeMedia({ host, files, guard, model: model(models.transcription, 'OpenAI'), mediaPath: clip().path, mediaType: mediaTypeForPath(clip().path), now, signal });
      const count = result.captions.cues.length;
      const provenance = result.findings.filter((finding) => finding.category === 'provenance');
      return { message: `${count} caption${count === 1 ? '' : 's'} written to ${result.paths.srt}; transcript ${result.captions.premiereTranscript === undefined ? 'not attached (no speech)' : 'attached'}.${review(provenance)}` };
    }
    case 'scene-markers': {
      const fountain = await context.script();
      if (fountain === undefined) return { message: 'No script chosen.' };
      const { added, alignment } = await addSceneMarkers(host, fountain);
      return { message: `${added} scene markers added; dialogue of ${alignment.scenesFound} of ${alignment.scenesWithDialogue} scenes heard in the edit.` };
    }
    case 'translate': {
      const { languages, glossary } = featureOptions.languagesAndGlossary(context.option);
      if (languages.length === 0) return { message: 'Type the languages to translate into, e.g. "de, fr".' };
      const fountain = await context.script();
      const result = await translateClipCaptions({ host, files, guard, model: model(models.text, 'OpenAI'), mediaPath: clip().path, languages, glossary: glossaryForScript(fountain, glossary), now, onProgress: context.onProgress, signal });
      return { message: `Captions in ${languages.join(', ')} written and imported.${review(result.findings)}` };
    }
    case 'dub': {
      const { languages } = featureOptions.languagesAndGlossary(context.option);
      if (languages.length === 0) return { message: 'Type the languages to voice, e.g. "de".' };
      const speech = model(models.speech, 'OpenAI');
      const fountain = context.chosenScript();
      const result = await dubClipCaptions({ host, files, guard: await signing(), model: speech, mediaPath: clip().path, languages, ...omitUndefined({ fountain }), voices: speechVoices(speech), capabilities: context.capabilities, onProgress: context.onProgress, signal });
      const cast = Object.values(result.voices).flatMap((voices) => Object.entries(voices).map(([character, voice]) => `${character}: ${voice}`));
      return { message: `${result.imported.length} dub track${result.imported.length === 1 ? '' : 's'} imported into Reelkit Dubbing (${result.signed.length} with Content Credentials).${cast.length === 0 ? '' : ` Voices — ${[...new Set(cast)].join(', ')}.`}${result.placement}${review(result.findings)}` };
    }
    case 'describe': {
      const typed = featureOptions.seconds(context.option);
      const times = typed.length > 0 ? typed : [ticksToSeconds(sequence().playerTicks)];
      const result = await describeSequenceFrames({ host, files, guard, model: model(models.text, 'OpenAI'), mediaPath: clip().path, times, now, signal });
      return { message: `${result.markersAdded} description${result.markersAdded === 1 ? '' : 's'} placed; ${result.webVttPath} written.${review(result.findings)}` };
    }
    case 'music': {
      const music = model(models.music, 'Replicate');
      const markerName = context.option.trim() || (await markerAtPlayhead(host, sequence()));
      const fountain = await context.script();
      const planned = await planMarkerMusicCue({ host, model: text(), musicModel: music, prices: models.prices, markerName, ...omitUndefined({ fountain }), signal });
      const label = `Music cue for "${markerName}" (${Math.round(planned.range.durationSeconds)} s)`;
      return {
        message: `${label}: ${planned.plan.musicPrompt} — ${planned.estimate.summary} Run again to submit.${review(planned.plan.findings)}`,
        pending: {
          label: 'Submit music cue',
          run: async () => {
            const placeAt = { atTicks: secondsToTicks(planned.range.startSeconds).toString(), trackName: `Music: ${markerName}` };
            await context.tracker.track({ handle: await submitMusicCue(guard.music(music), planned.plan), label, placeAt });
            return `${label} submitted; it imports into Reelkit Music when done, even after a reload.`;
          },
        },
      };
    }
    case 'storyboard': {
      const image = model(models.image, 'OpenAI');
      const draw = async (shots: readonly { number: number; imagePrompt: string }[], subject: string): Promise<string> => {
        const result = await drawStoryboardFrames({ host, files, guard: await signing(), model: image, shots, subject, signal });
        return `${result.imported.length} frame${result.imported.length === 1 ? '' : 's'} imported into Reelkit Storyboards.${review(result.findings)}`;
      };
      if (context.option.trim() !== '') return { message: await draw([{ number: 1, imagePrompt: context.option.trim() }], 'background') };
      const fountain = demand(await context.script(), 'No script chosen.', 'Choose a Fountain script, or type a background prompt.');
      const planned = await planStoryboardForMarker({ model: text(), fountain, markerName: await markerAtPlayhead(host, sequence()).catch(() => ''), signal });
      const shots = planned.plan.shots.map((shot) => ({ number: shot.number, imagePrompt: shot.imagePrompt }));
      return {
        message: `${planned.heading}: ${shots.length} shots planned — ${planned.plan.shots.map((shot) => `${shot.number}. ${shot.imagePrompt}`).join(' ')}${review(planned.plan.findings)} Run again to draw them: ${estimateRunCost({ kind: 'images', count: shots.length }, image, models.prices).summary}`,
        pending: { label: `Draw ${shots.length} frames`, run: () => draw(shots, planned.heading) },
      };
    }
    case 'video': {
      const job = demand(featureOptions.videoJob(context.option), 'Say which operation.', 'Type "upscale 2", "upscale 4" or "interpolate 2".');
      const pricedAs = job.operation === 'upscale' ? defaultReplicateModels.upscale.model : defaultReplicateModels.interpolation.model;
      const marked = context.sequence !== undefined && context.capabilities['range-export'].available ? await markedRange(context, context.sequence) : undefined;
      const seconds = marked?.seconds ?? (context.sequence === undefined ? 0 : ticksToSeconds(context.sequence.endTicks));
      const stored = await submitClipVideoJob(files, guard.video(model(models.video, 'Replicate')), { ...job, mediaPath: marked?.path ?? clip().path, seconds, pricedAs }, { prices: models.prices, signal });
      await context.tracker.track(stored);
      return { message: `${stored.label} submitted; it imports into Reelkit Video when done, even after a reload.` };
    }
    case 'trailer': {
      const target = demand(featureOptions.trailer(context.option), 'Say how long and for whom.', 'Type e.g. "60 fans of coastal thrillers".');
      const fountain = context.clip === undefined ? await context.script() : undefined;
      const source = context.clip !== undefined ? ({ kind: 'clip', mediaPath: context.clip.path } as const) : ({ kind: 'script', fountain: demand(fountain, 'No clip or script.', 'Select a transcribed clip or choose a script.'), name: 'script.fountain' } as const);
      const result = await planTrailer({ host, files, guard, capabilities: context.capabilities, model: guard.embedding(model(models.embedding, 'OpenAI')), profile: target.profile, targetDurationSeconds: target.seconds, source, signal });
      const made = result.sequence.route === 'xml-file' ? `import ${result.sequence.xmlPath ?? ''} with File → Import for its markers` : `"${result.sequence.name}" is in Reelkit Sequences${result.sequence.route === 'sequence' ? '' : ' (imported from FCP 7 XML)'}`;
      return { message: `${result.markersAdded} trailer markers added (${Math.round(result.plan.totalSeconds)} s); ${made}.${review([...result.plan.findings, ...result.findings])}` };
    }
    case 'rough-cut':
      return runRoughCut(context);
    case 'script-assembly':
      return runScriptAssembly(context);
  }
}

/** The sequence's marked in/out range rendered for a video job, when the editor marked one and chose a preset. */
async function markedRange(context: FeatureRunContext, sequence: SequenceInfo): Promise<{ path: string; seconds: number } | undefined> {
  if (!hasMarkedRange(sequence)) return undefined;
  const preset = await context.exportPreset();
  if (preset === undefined) throw new PremiereHostError('No export preset chosen for the marked range.', 'Choose an H.264 encoder preset (.epr), or clear the in/out marks to send the whole clip.');
  return exportMarkedRange(context.host, context.files, sequence, preset);
}

/** The name of the last marker at or before the playhead. */
async function markerAtPlayhead(host: PremiereHost, sequence: SequenceInfo): Promise<string> {
  const before = (await host.readMarkers()).filter((marker) => marker.startTicks <= sequence.playerTicks);
  return demand(before.at(-1)?.name, 'No marker at the playhead.', 'Move the playhead into a marker range, or type the marker name.');
}
