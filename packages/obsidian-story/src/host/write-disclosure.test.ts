import { createLedgerRecorder } from '@reelkit/core/provenance';
import { createRuntime } from '@reelkit/core/runtime';
import { describe, expect, it } from 'vitest';
import { ledgerPathFor } from '../generation/ledger-path.js';
import { FakeFileManager } from './__fixtures__/fake-file-manager.js';
import { FakeFile, FakeVault } from './__fixtures__/fake-vault.js';
import { createVaultLedgerStore } from './vault-ledger-store.js';
import { writeDisclosure } from './write-disclosure.js';

describe('writeDisclosure', () => {
  it('puts the AI share of the body and the model into the frontmatter, keeping the other properties', async () => {
    const ai = 'The lamp was cold and the sea was loud.';
    const note = `---\ntitle: Night\n---\nMara climbed the steps one at a time. ${ai}`;
    const vault = new FakeVault([{ path: 'Draft/night.md', text: note }]);
    let tick = 1_700_000_000_000;
    const runtime = createRuntime({ now: () => (tick += 1000), random: () => 0.5 });
    const recorder = createLedgerRecorder({ store: createVaultLedgerStore(vault.adapter, ledgerPathFor('Draft/night.md')), runtime, promptKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' });
    const start = note.indexOf(ai);
    await recorder.record({ task: 'story.continue', provider: 'local', model: 'llama3.1', prompt: 'p', output: ai, placement: { document: note, start, end: start + ai.length } });

    await writeDisclosure(vault, new FakeFileManager(vault), new FakeFile('Draft/night.md'));
    const frontmatter = vault.text('Draft/night.md').split('---\n')[1];
    expect(frontmatter).toContain('title: "Night"');
    expect(frontmatter).toContain('ai-generated: true');
    expect(frontmatter).toContain('ai-word-share: 0.529');
    expect(frontmatter).toContain('ai-models: ["local/llama3.1"]');
    expect(frontmatter).toContain('ai-source-type: "http://cv.iptc.org/newscodes/digitalsourcetype/');
    expect(vault.text('Draft/night.md').endsWith(`Mara climbed the steps one at a time. ${ai}`)).toBe(true);
  });
});
