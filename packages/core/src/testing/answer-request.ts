import type { ServerResponse } from 'node:http';
import { rawAnswer, type FakeAnswer } from './fake-answer.js';
import type { FakeReplies, FakeRoute, FakeStep } from './fake-step.js';
import type { HandlerContext } from './handler-context.js';
import { providerErrorAnswer, type ErrorFlavour } from './provider-error-answer.js';
import { routeHandlers } from './route-handlers.js';
import { writeAnswer, type Pace } from './write-answer.js';

/** The error format of a route: Replicate's for predictions, OpenAI's elsewhere. */
export function errorFlavourOf(route: FakeRoute): ErrorFlavour {
  return route.startsWith('predictions.') ? 'replicate' : 'openai';
}

const runHandler = <R extends FakeRoute>(route: R, context: HandlerContext, reply?: FakeReplies[R]): FakeAnswer =>
  routeHandlers[route](context, reply);

const htmlPage = '<!doctype html><html><head><title>Fake web UI</title></head><body><h1>It works</h1></body></html>';

/**
 * Answers a request of a known route with its scripted step, or with the route's default behaviour. `pace` is
 * awaited before each event of a stream (a step's `chunkDelayMs`).
 */
export async function answerRequest<R extends FakeRoute>(
  response: ServerResponse,
  route: R,
  step: FakeStep<R> | undefined,
  context: HandlerContext,
  pace?: Pace,
): Promise<void> {
  if (step === undefined) return writeAnswer(response, runHandler(route, context), undefined, pace);
  if ('reply' in step) return writeAnswer(response, runHandler(route, context, step.reply), undefined, pace);
  if ('status' in step) {
    const options = {
      ...(step.headers === undefined ? {} : { headers: step.headers }),
      ...('body' in step ? { body: step.body } : {}),
    };
    return writeAnswer(response, providerErrorAnswer(errorFlavourOf(route), step.status, options));
  }
  switch (step.fault) {
    case 'reset':
      response.socket?.destroy();
      return;
    case 'malformed-json':
      return writeAnswer(response, rawAnswer('{"id": "fake", "object": ', 'application/json'));
    case 'html-page':
      return writeAnswer(response, rawAnswer(htmlPage, 'text/html; charset=utf-8'));
    default:
      return writeAnswer(response, runHandler(route, context), step, pace);
  }
}
