import { describe, expect, it } from 'vitest';
import { createSecretRedactor } from './secret-redactor.js';

describe('createSecretRedactor', () => {
  it('replaces every occurrence of every secret', () => {
    const redact = createSecretRedactor(['sk-canary-123456', undefined, 'r8_token_abcdef']);
    expect(redact('key sk-canary-123456 and sk-canary-123456, token r8_token_abcdef')).toBe('key [redacted] and [redacted], token [redacted]');
  });
  it('redacts anything shaped like a provider key or a bearer credential, listed or not', () => {
    const redact = createSecretRedactor([]);
    expect(redact('OPENAI_API_KEY=sk-proj-AbCdEf0123456789xyz and r8_AbCdEfGhIjKlMnOpQrStUv12, Authorization: Bearer abc.def-ghi_jkl0123456')).toBe(
      'OPENAI_API_KEY=[redacted] and [redacted], Authorization: Bearer [redacted]',
    );
    expect(redact('the sk-ill of the writer; task-runner; Bearer of bad news')).toBe('the sk-ill of the writer; task-runner; Bearer of bad news');
  });
  it('ignores values too short to be keys so ordinary text is left alone', () => {
    expect(createSecretRedactor(['x', ''])('x marks the spot')).toBe('x marks the spot');
  });
});
