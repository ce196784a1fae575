import { describe, expect, it } from 'vitest';
import { readPreviewMessage } from './preview-messages.js';

describe('readPreviewMessage', () => {
  it('accepts the two messages the preview sends', () => {
    expect(readPreviewMessage({ type: 'reveal', line: 42 })).toEqual({ type: 'reveal', line: 42 });
    expect(readPreviewMessage({ type: 'ready', extra: true })).toEqual({ type: 'ready' });
  });

  it('ignores anything else a page could post', () => {
    expect([null, 'reveal', { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' }, { type: 'eval' }].map(readPreviewMessage)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
