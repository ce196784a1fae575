import type { GuardedTextRequest } from '../../guard/guard-text-model.js';
import type { GenerationRecord } from '../../guard/guarded-result.js';
import type { TextMessage } from '../../models/text-model.js';
import type { TaskContext } from './task-context.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** The guarded request for a task's messages and record, carrying the context's signal and temperature. */
export function taskRequest(context: TaskContext, messages: readonly TextMessage[], record: GenerationRecord): GuardedTextRequest {
  return {
    messages,
    record,
    ...omitUndefined({ signal: context.signal, temperature: context.temperature }),
  };
}
