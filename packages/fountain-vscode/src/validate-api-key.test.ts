import { describe, expect, it } from 'vitest';
import { validateApiKey } from './validate-api-key.js';

describe('validateApiKey', () => {
  it('accepts a key with surrounding whitespace from a sloppy paste', () => {
    expect(validateApiKey('  sk-test-123\n')).toBeUndefined();
  });

  it('accepts empty input, which removes the stored key', () => {
    expect(validateApiKey('')).toBeUndefined();
  });

  it('rejects two things pasted at once without echoing them', () => {
    const message = validateApiKey('sk-test-123 sk-other-456');
    expect(message).toBe('A key has no spaces or line breaks inside it; check that only the key was pasted.');
    expect(message).not.toContain('sk-');
  });
});
