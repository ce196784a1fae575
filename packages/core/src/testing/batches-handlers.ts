import { bodyReplyAnswer } from './body-reply-answer.js';
import { jsonAnswer, rawAnswer } from './fake-answer.js';
import type { RouteHandler } from './handler-context.js';
import { isRecord } from './is-record.js';
import { providerErrorAnswer } from './provider-error-answer.js';

/** `POST /v1/files`: stores an uploaded file (multipart `file` + `purpose`); its text is kept for batches. */
export const uploadFileHandler: RouteHandler<'files.upload'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const file = context.request.form?.['file'];
  const purpose = context.request.form?.['purpose'];
  if (typeof file !== 'object' || file.text === undefined || typeof purpose !== 'string') {
    return providerErrorAnswer('openai', 400, { message: 'Expected a text file part "file" and a "purpose" field.' });
  }
  return jsonAnswer(context.server.batches.upload(file.filename, purpose, file.text));
};

/** `GET /v1/files/{id}/content`: a stored file's text. */
export const fileContentHandler: RouteHandler<'files.content'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const text = context.server.batches.content(context.params['id'] ?? '');
  return text === undefined ? providerErrorAnswer('openai', 404, { message: 'No such file' }) : rawAnswer(text, 'application/octet-stream');
};

/** `POST /v1/batches`: a new batch in `validating`. */
export const createBatchHandler: RouteHandler<'batches.create'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const created = context.server.batches.create(isRecord(context.request.json) ? context.request.json : {});
  return typeof created === 'string' ? providerErrorAnswer('openai', 400, { message: created }) : jsonAnswer(created);
};

/** `GET /v1/batches/{id}`: the batch, advanced one step (validating → in_progress → completed). */
export const getBatchHandler: RouteHandler<'batches.get'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const batch = context.server.batches.poll(context.params['id'] ?? '');
  return batch === undefined ? providerErrorAnswer('openai', 404, { message: 'No such batch' }) : jsonAnswer(batch);
};

/** `POST /v1/batches/{id}/cancel`: the batch, cancelled unless already complete. */
export const cancelBatchHandler: RouteHandler<'batches.cancel'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const batch = context.server.batches.cancel(context.params['id'] ?? '');
  return batch === undefined ? providerErrorAnswer('openai', 404, { message: 'No such batch' }) : jsonAnswer(batch);
};
