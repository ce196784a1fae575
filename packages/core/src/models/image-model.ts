import type { CallOptions } from './call-options.js';
import type { GeneratedFile } from './generated-file.js';
import type { CallMetadata } from './usage.js';

/** A request for images. */
export interface ImageRequest extends CallOptions {
  readonly prompt: string;
  /** How many images; defaults to 1. */
  readonly count?: number;
  /** `WIDTHxHEIGHT`, e.g. `1024x1024`; providers that take aspect ratios get the nearest one. */
  readonly size?: string;
  readonly aspectRatio?: string;
  readonly seed?: number;
  readonly negativePrompt?: string;
}

/** Generated images as bytes. */
export interface ImageResult extends CallMetadata {
  readonly images: readonly GeneratedFile[];
  /** The prompt the provider actually used, when it rewrote it. */
  readonly revisedPrompt?: string;
}

/** A text-to-image model (storyboards, backgrounds). */
export interface ImageModel {
  readonly provider: string;
  readonly modelId: string;
  generate(request: ImageRequest): Promise<ImageResult>;
}
