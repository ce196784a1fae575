import { MissingApiKeyError } from '../../errors/missing-api-key-error.js';
import type { ImageModel } from '../../models/image-model.js';
import type { MusicModel } from '../../models/music-model.js';
import type { VideoOperationModel, VideoOperationRequest } from '../../models/video-model.js';
import { createProviderContext, type ProviderSettings } from '../provider-context.js';
import { defaultReplicateModels, type ReplicateModelSettings } from './replicate-default-models.js';
import { createReplicateImageModel } from './replicate-image-model.js';
import { createReplicateJobModel } from './replicate-job-model.js';
import { parseReplicateModelRef } from './replicate-model-ref.js';
import { createReplicatePredictions } from './replicate-predictions.js';

/** Settings of {@link createReplicate}. */
export interface ReplicateProviderSettings extends ProviderSettings {
  /** From the host's secret store. Never logged or recorded. */
  readonly apiToken: string | undefined;
  /** Defaults to `https://api.replicate.com/v1`. */
  readonly baseURL?: string;
  /** Replace any modality's model (slug, pinned version, input mapping). */
  readonly models?: Partial<ReplicateModelSettings>;
  /** Time between polls of a running prediction. Default 1 s. */
  readonly pollIntervalMs?: number;
}

/** Replicate's models, by modality. */
export interface ReplicateProvider {
  readonly name: string;
  image(): ImageModel;
  music(): MusicModel;
  /** Frame interpolation and upscaling, each on its configured model. */
  video(): VideoOperationModel;
}

/** Creates the Replicate provider over the official replicate SDK. Throws MissingApiKeyError without a token. */
export function createReplicate(settings: ReplicateProviderSettings): ReplicateProvider {
  if (!settings.apiToken) throw new MissingApiKeyError('Replicate', 'Run "Set API key" and paste a token from replicate.com/account/api-tokens.');
  const context = createProviderContext('replicate', settings, [settings.apiToken]);
  const predictions = createReplicatePredictions(context, settings.apiToken, settings.baseURL ?? 'https://api.replicate.com/v1');
  const models = { ...defaultReplicateModels, ...settings.models };
  // Parse every slug now so a typo in the settings fails at setup, not mid-job.
  const refs = {
    image: parseReplicateModelRef(models.image.model),
    music: parseReplicateModelRef(models.music.model),
    interpolation: parseReplicateModelRef(models.interpolation.model),
    upscale: parseReplicateModelRef(models.upscale.model),
  };
  const interpolation = createReplicateJobModel(context, predictions, 'video.interpolate', { ref: refs.interpolation, toInput: models.interpolation.toInput });
  const upscale = createReplicateJobModel(context, predictions, 'video.upscale', { ref: refs.upscale, toInput: models.upscale.toInput });
  const video: VideoOperationModel = {
    provider: context.provider,
    modelId: `${interpolation.modelId} | ${upscale.modelId}`,
    submit: (request: VideoOperationRequest, options) =>
      request.operation === 'interpolate' ? interpolation.submit(request, options) : upscale.submit(request, options),
    poll: (handle, options) => (handle.kind === 'video.interpolate' ? interpolation : upscale).poll(handle, options),
    cancel: (handle, options) => (handle.kind === 'video.interpolate' ? interpolation : upscale).cancel(handle, options),
  };
  return {
    name: 'replicate',
    image: () => createReplicateImageModel(context, predictions, { ref: refs.image, toInput: models.image.toInput }, settings.pollIntervalMs),
    music: () => createReplicateJobModel(context, predictions, 'music', { ref: refs.music, toInput: models.music.toInput }),
    video: () => video,
  };
}
