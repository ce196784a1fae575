import { cancelBatchHandler, createBatchHandler, fileContentHandler, getBatchHandler, uploadFileHandler } from './batches-handlers.js';
import { chatCompletionsHandler } from './chat-completions-handler.js';
import { embeddingsHandler } from './embeddings-handler.js';
import { filesHandler } from './files-handler.js';
import type { RouteHandlers } from './handler-context.js';
import { imagesHandler } from './images-handler.js';
import { moderationsHandler } from './moderations-handler.js';
import { cancelPredictionHandler, createPredictionHandler, getPredictionHandler } from './predictions-handlers.js';
import { speechHandler } from './speech-handler.js';
import { transcriptionsHandler } from './transcriptions-handler.js';

/** The default behaviour of every route of the fake server. */
export const routeHandlers: RouteHandlers = {
  chat: chatCompletionsHandler,
  embeddings: embeddingsHandler,
  moderations: moderationsHandler,
  images: imagesHandler,
  speech: speechHandler,
  transcriptions: transcriptionsHandler,
  'predictions.create': createPredictionHandler,
  'predictions.get': getPredictionHandler,
  'predictions.cancel': cancelPredictionHandler,
  files: filesHandler,
  'files.upload': uploadFileHandler,
  'files.content': fileContentHandler,
  'batches.create': createBatchHandler,
  'batches.get': getBatchHandler,
  'batches.cancel': cancelBatchHandler,
};
