import type { ServerResponse } from 'node:http';
import { rawAnswer, type FakeAnswer } from './fake-answer.js';
import type { FakeReplies, FakeRoute, FakeStep } from './fake-step.js';
import type { HandlerContext } from './handler-context.js';
import { providerErrorAnswer, type ErrorFlavour } from './provider-error-answer.js';
import { routeHandlers } from './route-handlers.js';
import { writeAnswer } from './write-answer.js';

/** The error format of a route: Replicate's for predictions, OpenAI's elsewhere. */
export function errorFlavourOf(route: FakeRoute): ErrorFlavour {
  return route.startsWith('predictions.') ? 'replicate' : 'openai';
}

const runHandler = <R extends FakeRoute>(route: R, context: HandlerContext, reply?: FakeReplies[R]): FakeAnswer =>
  routeHandlers[route](context, reply);

/** Answers a request of a known route with its scripted step, or with the route's default behaviour. */
export function answerRequest<R extends FakeRoute>(
  response: ServerResponse,
  route: R,
  step: FakeStep<R> | undefined,
  context: HandlerContext,
): void {
  if (step === undefined) return writeAnswer(response, runHandler(route, context));
  if ('reply' in step) return writeAnswer(response, runHandler(route, context, step.reply));
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
    default:
      return writeAnswer(response, runHandler(route, context), step);
  }
}
