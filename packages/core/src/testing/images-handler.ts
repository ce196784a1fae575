import { bodyReplyAnswer } from './body-reply-answer.js';
import { jsonAnswer } from './fake-answer.js';
import type { RouteHandler } from './handler-context.js';
import { isRecord } from './is-record.js';
import { createTinyPng } from './tiny-png.js';

/** `POST /v1/images/generations`: `n` tiny PNGs, as URLs on this server or as base64. */
export const imagesHandler: RouteHandler<'images'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const body = isRecord(context.request.json) ? context.request.json : {};
  const count = typeof body['n'] === 'number' ? Math.max(1, Math.floor(body['n'])) : 1;
  const asURL = body['response_format'] === 'url';
  const png = createTinyPng().toString('base64');
  const data = Array.from({ length: count }, () =>
    asURL ? { url: `${context.server.url}/files/image-${context.server.next('image')}.png` } : { b64_json: png },
  );
  return jsonAnswer({ created: Math.floor(context.server.now() / 1000), data });
};
