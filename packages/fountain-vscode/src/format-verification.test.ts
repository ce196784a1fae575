import type { LedgerVerification } from '@reelkit/core/provenance';
import { describe, expect, it } from 'vitest';
import { formatVerification } from './format-verification.js';

const clean: LedgerVerification = { ok: true, entries: 3, events: 3, checkpoints: 0, validSignatures: 0, keyIds: [], spans: [], issues: [] } as unknown as LedgerVerification;

describe('formatVerification', () => {
  it('summarises a clean ledger', () => {
    expect(formatVerification('a.fountain', clean)).toEqual({
      summary: 'The ledger of a.fountain verifies: 3 events, no signed checkpoints yet.',
      lines: ['Ledger of a.fountain: 3 entries (3 events, 0 checkpoints), no signed checkpoints yet.', 'AI spans: 0 (0 intact, 0 edited, 0 lost).'],
    });
  });

  it('lists issues by entry id and counts only errors and warnings as problems', () => {
    const broken = {
      ...clean,
      ok: false,
      issues: [
        { kind: 'broken-link', severity: 'error', entryId: 'e2', line: 2, message: 'Its prev is not the hash of e1.' },
        { kind: 'unsigned-tail', severity: 'info', line: 3, message: '3 entries are not signed yet.' },
      ],
    } as unknown as LedgerVerification;
    expect(formatVerification('a.fountain', broken)).toEqual({
      summary: 'The ledger of a.fountain has 1 problem; see the Reelkit output.',
      lines: [
        'Ledger of a.fountain: 3 entries (3 events, 0 checkpoints), no signed checkpoints yet.',
        'AI spans: 0 (0 intact, 0 edited, 0 lost).',
        'ERROR broken-link entry e2 (line 2): Its prev is not the hash of e1.',
        'INFO unsigned-tail line 3: 3 entries are not signed yet.',
      ],
    });
  });
});
