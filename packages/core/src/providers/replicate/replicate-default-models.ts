import type { ImageRequest } from '../../models/image-model.js';
import type { MusicRequest } from '../../models/music-model.js';
import type { FrameInterpolationRequest, UpscaleRequest } from '../../models/video-model.js';
import { bytesToBase64 } from '../../runtime/base64.js';
import type { FileInput } from '../../models/generated-file.js';

/** A model slug with the mapping from our request to that model's input. */
export interface ReplicateModelSetting<Request> {
  /** `owner/name` or `owner/name:version` to pin. */
  readonly model: string;
  readonly toInput: (request: Request) => Record<string, unknown>;
}

/** The models a Replicate provider uses per modality; any can be replaced, slug and input mapping together. */
export interface ReplicateModelSettings {
  readonly image: ReplicateModelSetting<ImageRequest>;
  readonly music: ReplicateModelSetting<MusicRequest>;
  readonly interpolation: ReplicateModelSetting<FrameInterpolationRequest>;
  readonly upscale: ReplicateModelSetting<UpscaleRequest>;
}

/** A file input as Replicate takes it: its URL, or the bytes as a data URL. */
export const toReplicateFile = (file: FileInput): string =>
  'url' in file ? file.url : `data:${file.mediaType};base64,${bytesToBase64(file.bytes)}`;

const drop = (input: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));

/**
 * Defaults, with input names from each model's published schema. Video models on Replicate come and go:
 * replace `interpolation` and `upscale` with the models your team has vetted.
 */
export const defaultReplicateModels: ReplicateModelSettings = {
  image: {
    model: 'black-forest-labs/flux-schnell',
    toInput: (request) =>
      drop({ prompt: request.prompt, num_outputs: request.count ?? 1, aspect_ratio: request.aspectRatio ?? '16:9', seed: request.seed, output_format: 'png' }),
  },
  music: {
    model: 'meta/musicgen',
    toInput: (request) =>
      drop({
        prompt: request.prompt,
        duration: Math.max(1, Math.round(request.durationSeconds)),
        model_version: request.reference === undefined ? 'stereo-large' : 'stereo-melody-large',
        input_audio: request.reference === undefined ? undefined : toReplicateFile(request.reference),
        output_format: 'mp3',
        seed: request.seed,
      }),
  },
  interpolation: {
    model: 'pollinations/rife-video-interpolation',
    toInput: (request) => drop({ video: toReplicateFile(request.video), interpolation_factor: request.multiplier, output_fps: request.targetFps }),
  },
  upscale: {
    model: 'lucataco/real-esrgan-video',
    toInput: (request) => ({ video_path: toReplicateFile(request.video), resolution: request.scale >= 4 ? '4k' : 'FHD' }),
  },
};
