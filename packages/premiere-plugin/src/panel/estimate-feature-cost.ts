import { defaultReplicateModels } from '@reelkit/core/providers';
import { estimateRunCost } from '../cost/estimate-run-cost.js';
import type { PanelModels } from '../features/create-models.js';
import { featureOptions } from './feature-options.js';
import type { PanelFeatureId } from './panel-features.js';

/** What the estimate is made from: the media's length, the clip's caption text, and the option typed. */
export interface CostBasis {
  readonly mediaSeconds: number;
  /** Characters of the clip's SRT sidecar; 0 before it is transcribed. */
  readonly captionCharacters: number;
  readonly option: string;
}

/** The cost line shown before a feature runs; undefined when the model it needs is not configured. */
export function estimateFeatureCost(id: PanelFeatureId, models: PanelModels, basis: CostBasis): string | undefined {
  const languages = Math.max(1, featureOptions.languagesAndGlossary(basis.option).languages.length);
  const { prices } = models;
  switch (id) {
    case 'transcribe':
      return models.transcription && estimateRunCost({ kind: 'transcription', mediaSeconds: basis.mediaSeconds }, models.transcription, prices).summary;
    case 'scene-markers':
    case 'rough-cut':
    case 'script-assembly':
      return 'No model call: free.';
    case 'translate':
      return models.text && estimateRunCost({ kind: 'translation', sourceCharacters: basis.captionCharacters, languages }, models.text, prices).summary;
    case 'dub':
      return models.speech && estimateRunCost({ kind: 'speech', characters: Math.round(basis.captionCharacters * 1.1) * languages }, models.speech, prices).summary;
    case 'describe':
      return models.text && estimateRunCost({ kind: 'description', frames: Math.max(1, featureOptions.seconds(basis.option).length) }, models.text, prices).summary;
    case 'music':
      return models.text && `Plans the cue first (${estimateRunCost({ kind: 'translation', sourceCharacters: 1200, languages: 1 }, models.text, prices).summary}); the music's cost is shown before you submit.`;
    case 'storyboard':
      return models.image && `Per frame: ${estimateRunCost({ kind: 'images', count: 1 }, models.image, prices).summary}`;
    case 'video': {
      const job = featureOptions.videoJob(basis.option);
      const modelId = job?.operation === 'interpolate' ? defaultReplicateModels.interpolation.model : defaultReplicateModels.upscale.model;
      return models.video && estimateRunCost({ kind: 'video', seconds: basis.mediaSeconds }, { provider: 'replicate', modelId }, prices).summary;
    }
    case 'trailer':
      return models.embedding && estimateRunCost({ kind: 'embedding', characters: basis.captionCharacters + 400 }, models.embedding, prices).summary;
  }
}
