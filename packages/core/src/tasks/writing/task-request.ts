import type { GuardedTextRequest } from '../../guard/guard-text-model.js';
import type { GenerationRecord } from '../../guard/guarded-result.js';
import type { TextMessage } from '../../models/text-model.js';
import type { TaskContext } from './task-context.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/**
 * Longest answer a writing task asks for, in tokens, unless the context says otherwise: about six pages of Fountain or
 * a full beat outline. A cap keeps a slow local model from generating for many minutes, and bounds the cost.
 */
export const defaultWritingOutputTokens = 4096;

/** The guarded request for a task's messages and record, carrying the context's signal, temperature and output cap. */
export function taskRequest(context: TaskContext, messages: readonly TextMessage[], record: GenerationRecord): GuardedTextRequest {
  return {
    messages,
    record,
    maxOutputTokens: context.maxOutputTokens ?? defaultWritingOutputTokens,
    ...omitUndefined({ signal: context.signal, temperature: context.temperature }),
  };
}
