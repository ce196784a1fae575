// A fake of our SecretPort (Obsidian's keychain calls): synchronous like the real one, null for a missing secret,
// and it refuses ids Obsidian refuses (lowercase letters, digits and dashes only).
import type { SecretPort } from '../secret-port.js';

export class FakeSecretStorage implements SecretPort {
  readonly secrets = new Map<string, string>();

  constructor(initial: Readonly<Record<string, string>> = {}) {
    for (const [id, secret] of Object.entries(initial)) this.secrets.set(id, secret);
  }

  getSecret(id: string): string | null {
    return this.secrets.get(id) ?? null;
  }

  setSecret(id: string, secret: string): void {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`Invalid secret id: ${id}`);
    this.secrets.set(id, secret);
  }
}
