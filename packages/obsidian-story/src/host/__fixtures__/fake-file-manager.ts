// A fake of our own FileManagerPort: frontmatter read with the core's parser, written back as JSON values (valid YAML).
import { parseFrontmatter } from '@reelkit/core/story';
import type { FileManagerPort } from '../file-manager-port.js';
import type { FakeFile, FakeVault } from './fake-vault.js';

/** Edits frontmatter of notes in a FakeVault. */
export class FakeFileManager implements FileManagerPort<FakeFile> {
  constructor(private readonly vault: FakeVault) {}

  async processFrontMatter(file: FakeFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.vault.process(file, (text) => {
      const { data, body } = parseFrontmatter(text);
      const frontmatter: Record<string, unknown> = { ...data };
      fn(frontmatter);
      const lines = Object.entries(frontmatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
      return `---\n${lines.join('\n')}\n---\n${body}`;
    });
  }
}
