import { bodyReplyAnswer } from './body-reply-answer.js';
import { jsonAnswer, rawAnswer } from './fake-answer.js';
import { createFakeTranscript } from './fake-transcript.js';
import type { RouteHandler } from './handler-context.js';

/** `POST /v1/audio/transcriptions` (multipart): `Fake transcript of <filename>.` in the asked format. */
export const transcriptionsHandler: RouteHandler<'transcriptions'> = (context, reply) => {
  if (reply !== undefined && 'body' in reply) return bodyReplyAnswer(reply);
  const form = context.request.form ?? {};
  const file = form['file'];
  const filename = typeof file === 'object' ? file.filename : 'audio';
  const transcript = createFakeTranscript(reply?.text ?? `Fake transcript of ${filename}.`);
  switch (form['response_format']) {
    case 'verbose_json':
      return jsonAnswer(transcript.verboseJson);
    case 'text':
      return rawAnswer(`${transcript.text}\n`, 'text/plain; charset=utf-8');
    case 'srt':
      return rawAnswer(transcript.srt, 'text/plain; charset=utf-8');
    case 'vtt':
      return rawAnswer(transcript.vtt, 'text/vtt; charset=utf-8');
    default:
      return jsonAnswer({ text: transcript.text });
  }
};
