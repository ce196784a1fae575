import { bodyReplyAnswer } from './body-reply-answer.js';
import { jsonAnswer, type FakeBodyAnswer } from './fake-answer.js';
import type { RouteHandler } from './handler-context.js';
import { isRecord } from './is-record.js';
import { providerErrorAnswer } from './provider-error-answer.js';

const notFound = (id: string | undefined): FakeBodyAnswer =>
  providerErrorAnswer('replicate', 404, { message: `Prediction ${id ?? ''} not found` });

/**
 * `POST /predictions` (by version), `/models/{owner}/{name}/predictions` and
 * `/deployments/{owner}/{name}/predictions`: a new prediction, finished at once under `Prefer: wait`.
 */
export const createPredictionHandler: RouteHandler<'predictions.create'> = (context, reply) => {
  const body = isRecord(context.request.json) ? context.request.json : {};
  const { owner, name } = context.params;
  const version = typeof body['version'] === 'string' ? body['version'] : undefined;
  if (owner === undefined && version === undefined) {
    return providerErrorAnswer('replicate', 422, { message: 'version is required' });
  }
  const prediction = context.server.predictions.create({
    // Owner and name come from the path for models and deployments; a bare version names no model.
    model: owner !== undefined && name !== undefined ? `${owner}/${name}` : 'fake/model',
    version: version ?? 'hidden',
    input: body['input'] ?? {},
    outcome: reply?.body ?? {},
    wait: /(^|[\s,;])wait\b/i.test(context.request.headers['prefer'] ?? ''),
  });
  return jsonAnswer(prediction, 201);
};

/** `GET /predictions/{id}`: the prediction, advanced by one poll. */
export const getPredictionHandler: RouteHandler<'predictions.get'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const prediction = context.server.predictions.poll(context.params['id'] ?? '');
  return prediction === undefined ? notFound(context.params['id']) : jsonAnswer(prediction);
};

/** `POST /predictions/{id}/cancel`: the prediction, canceled unless it had already finished. */
export const cancelPredictionHandler: RouteHandler<'predictions.cancel'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const prediction = context.server.predictions.cancel(context.params['id'] ?? '');
  return prediction === undefined ? notFound(context.params['id']) : jsonAnswer(prediction);
};
