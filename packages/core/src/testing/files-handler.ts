import { bodyReplyAnswer } from './body-reply-answer.js';
import { rawAnswer } from './fake-answer.js';
import type { RouteHandler } from './handler-context.js';
import { mediaFileFor } from './media-file.js';
import { providerErrorAnswer } from './provider-error-answer.js';

/** `GET /files/{name}`: fake media chosen by extension (`.png`, `.mp3`, `.wav`, `.mp4`), else 404. */
export const filesHandler: RouteHandler<'files'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const name = context.params['name'] ?? '';
  const file = mediaFileFor(name);
  if (file === undefined) return providerErrorAnswer('openai', 404, { message: `No fake file for ${name}` });
  return rawAnswer(file.bytes, file.contentType);
};
