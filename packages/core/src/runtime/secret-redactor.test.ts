import { describe, expect, it } from 'vitest';
import { createSecretRedactor } from './secret-redactor.js';

describe('createSecretRedactor', () => {
  it('replaces every occurrence of every secret', () => {
    const redact = createSecretRedactor(['sk-canary-123456', undefined, 'r8_token_abcdef']);
    expect(redact('key sk-canary-123456 and sk-canary-123456, token r8_token_abcdef')).toBe('key [redacted] and [redacted], token [redacted]');
  });
  it('ignores values too short to be keys so ordinary text is left alone', () => {
    expect(createSecretRedactor(['x', ''])('x marks the spot')).toBe('x marks the spot');
  });
});
