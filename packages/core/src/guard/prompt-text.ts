import { messageText, type TextMessage } from '../models/text-model.js';

/** The prompt as one text, for pre-checks and the keyed digest: each message as `role: content` (images left out). */
export function promptText(messages: readonly TextMessage[]): string {
  return messages.map((message) => `${message.role}: ${messageText(message)}`).join('\n\n');
}
