import { toFile } from 'openai';
import type { TranscriptionModel, TranscriptionResult } from '../../models/transcription-model.js';
import { createCallMetadata } from '../provider-context.js';
import { openAIErrorNormalizer, type OpenAIModelContext } from './openai-model-context.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** The verbose_json fields we read; the SDK types it as a union with the plain forms. */
interface VerboseTranscription {
  readonly text: string;
  readonly language?: string;
  readonly duration?: number;
  readonly words?: readonly { readonly word: string; readonly start: number; readonly end: number }[];
  readonly segments?: readonly { readonly text: string; readonly start: number; readonly end: number }[];
}

/**
 * A speech-to-text model over the Audio Transcriptions API. Word timings need `verbose_json`, which whisper-1
 * offers; for models without it the words list is empty and the caller falls back to segment timing.
 */
export function createOpenAITranscriptionModel(context: OpenAIModelContext, modelId: string): TranscriptionModel {
  const verbose = modelId.startsWith('whisper');
  return {
    provider: context.provider,
    modelId,
    async transcribe(request) {
      const audioDigest = await context.runtime.hasher.sha256(request.audio);
      const options = {
        model: modelId,
        ...omitUndefined({ language: request.language, prompt: request.prompt }),
      };
      const { value, fromCache } = await context.policy.cached({ provider: context.provider, transcription: options, audioDigest }, () =>
        context.policy.execute({
          operation: `${context.provider} transcription (${modelId})`,
          signal: request.signal,
          attempt: async (signal) => {
            const file = await toFile(request.audio, request.filename, { type: request.mediaType });
            const params = verbose
              ? { ...options, file, response_format: 'verbose_json' as const, timestamp_granularities: ['word' as const, 'segment' as const] }
              : { ...options, file, response_format: 'json' as const };
            const response = (await context.client.audio.transcriptions.create(params, { signal })) as VerboseTranscription & { _request_id?: string | null };
            return { response: { ...response }, requestId: response._request_id ?? undefined };
          },
          normalizeError: openAIErrorNormalizer(context),
        }),
      );
      const { response } = value;
      const result: Omit<TranscriptionResult, keyof ReturnType<typeof createCallMetadata>> = {
        text: response.text,
        ...omitUndefined({ language: response.language, durationSeconds: response.duration }),
        words: (response.words ?? []).map((word) => ({ text: word.word, start: word.start, end: word.end })),
        segments: (response.segments ?? []).map((segment) => ({ text: segment.text.trim(), start: segment.start, end: segment.end })),
      };
      const usage = response.duration === undefined ? {} : { seconds: response.duration };
      return { ...result, ...createCallMetadata(context, modelId, usage, { requestId: value.requestId, fromCache }) };
    },
  };
}
