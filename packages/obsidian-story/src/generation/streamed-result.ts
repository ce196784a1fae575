import { InvalidResponseError } from '@reelkit/core/errors';
import type { GuardedResult, GuardedStreamPart } from '@reelkit/core/guard';

/** Reads a guarded stream to its checked and recorded result, telling `onText` the text so far at each piece. */
export async function streamedResult(parts: AsyncIterable<GuardedStreamPart>, onText: (text: string) => void): Promise<GuardedResult<string>> {
  let text = '';
  for await (const part of parts) {
    if (part.type === 'result') return part.result;
    text += part.text;
    onText(text);
  }
  throw new InvalidResponseError('story', 'the stream ended without a result');
}
