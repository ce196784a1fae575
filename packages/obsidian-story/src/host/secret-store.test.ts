import { describe, expect, it } from 'vitest';
import { FakeSecretStorage } from './__fixtures__/fake-secret-storage.js';
import { createSecretStore } from './secret-store.js';

describe('createSecretStore', () => {
  it('reads a missing secret as undefined, keeps what it is given, and turns a refused id into a rejection', async () => {
    const keychain = new FakeSecretStorage({ 'lm-studio': 'lm-key' });
    const store = createSecretStore(keychain);
    expect(await store.get('lm-studio')).toBe('lm-key');
    expect(await store.get('reelkit-prompt-key')).toBeUndefined();
    await store.set('reelkit-prompt-key', 'k');
    expect(keychain.getSecret('reelkit-prompt-key')).toBe('k');
    await expect(store.set('reelkit.ledger.promptKey', 'k')).rejects.toThrow('Invalid secret id: reelkit.ledger.promptKey');
  });
});
