import type { TextMessage, TextRequest } from '../../models/text-model.js';
import type { TaskContext } from './task-context.js';

/** The model request for a task's messages, carrying the context's signal and temperature. */
export function taskRequest(context: TaskContext, messages: readonly TextMessage[]): TextRequest {
  return {
    messages,
    ...(context.signal === undefined ? {} : { signal: context.signal }),
    ...(context.temperature === undefined ? {} : { temperature: context.temperature }),
  };
}
