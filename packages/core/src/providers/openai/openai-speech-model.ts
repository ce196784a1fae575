import type { SpeechFormat, SpeechModel } from '../../models/speech-model.js';
import { createCallMetadata } from '../provider-context.js';
import { openAIErrorNormalizer, type OpenAIModelContext } from './openai-model-context.js';
import { readSpeechAudio } from './read-speech-audio.js';

const mediaTypes: Record<SpeechFormat, string> = {
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  opus: 'audio/ogg',
  aac: 'audio/aac',
  flac: 'audio/flac',
  pcm: 'audio/L16',
};

/** A text-to-speech model over the Audio Speech API. */
export function createOpenAISpeechModel(context: OpenAIModelContext, modelId: string, defaultVoice = 'alloy'): SpeechModel {
  return {
    provider: context.provider,
    modelId,
    async synthesize(request) {
      const format = request.format ?? 'mp3';
      const params = {
        model: modelId,
        input: request.text,
        voice: request.voice ?? defaultVoice,
        response_format: format,
        ...(request.speed === undefined ? {} : { speed: request.speed }),
        ...(request.instructions === undefined ? {} : { instructions: request.instructions }),
      };
      const { value, fromCache } = await context.policy.cached({ provider: context.provider, speech: params }, () =>
        context.policy.execute({
          operation: `${context.provider} speech (${modelId})`,
          signal: request.signal,
          attempt: async (signal) => {
            const response = await context.client.audio.speech.create(params, { signal });
            return { bytes: await readSpeechAudio(response, context.provider), requestId: response.headers.get('x-request-id') ?? undefined };
          },
          normalizeError: openAIErrorNormalizer(context),
        }),
      );
      return {
        audio: { bytes: value.bytes, mediaType: mediaTypes[format] },
        ...createCallMetadata(context, modelId, { characters: request.text.length }, { requestId: value.requestId, fromCache }),
      };
    },
  };
}
