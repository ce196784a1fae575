import { describe, expect, it } from 'vitest';
import { projectLedgerPath } from './project-ledger-path.js';

describe('projectLedgerPath', () => {
  it('names the ledger after the project, in the work folder, on macOS and Windows', () => {
    expect(projectLedgerPath('/Users/ed/Library/Reelkit/', 'Film.prproj')).toBe('/Users/ed/Library/Reelkit/Film.ledger.jsonl');
    expect(projectLedgerPath('C:\\Users\\ed\\Reelkit', 'Cut: "final"?')).toBe('C:\\Users\\ed\\Reelkit/Cut- -final-.ledger.jsonl');
    expect(projectLedgerPath('/work', '  ')).toBe('/work/project.ledger.jsonl');
  });
});
