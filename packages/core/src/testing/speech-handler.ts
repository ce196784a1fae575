import { bodyReplyAnswer } from './body-reply-answer.js';
import { rawAnswer } from './fake-answer.js';
import { createFakeMp3 } from './fake-mp3.js';
import type { RouteHandler } from './handler-context.js';
import { isRecord } from './is-record.js';
import { createFakePcm, createTinyWav } from './tiny-wav.js';

/** `POST /v1/audio/speech`: a small MP3 by default, a tiny WAV or raw PCM when `response_format` asks. */
export const speechHandler: RouteHandler<'speech'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const body = isRecord(context.request.json) ? context.request.json : {};
  if (body['response_format'] === 'wav') return rawAnswer(createTinyWav(), 'audio/wav');
  if (body['response_format'] === 'pcm') return rawAnswer(createFakePcm(), 'audio/pcm');
  return rawAnswer(createFakeMp3(), 'audio/mpeg');
};
