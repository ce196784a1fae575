import type { TextMessage } from '../../models/text-model.js';

/** The prompt as one text, for pre-checks and the keyed digest: each message as `role: content`. */
export function promptText(messages: readonly TextMessage[]): string {
  return messages.map((message) => `${message.role}: ${message.content}`).join('\n\n');
}
