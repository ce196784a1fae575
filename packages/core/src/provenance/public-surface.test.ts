import { describe, expect, it } from 'vitest';
import * as provenance from './index.js';

// The subpath @reelkit/core/provenance: what a plugin may import from it. A change here is a change of the public API.
describe('provenance public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(provenance).sort()).toEqual([
      'LedgerError',
      'boundedEditDistance',
      'c2paActions',
      'computeAiShare',
      'createDisclosure',
      'createEntryIdGenerator',
      'createLedgerRecorder',
      'createMemoryLedgerStore',
      'createMemorySigningKeyStore',
      'createPromptKey',
      'createTextSpan',
      'defaultSpanContext',
      'diffToEdit',
      'digestPrompt',
      'digitalSourceTypes',
      'filterParameters',
      'findApproximate',
      'hashEntry',
      'iptcDigitalSourceTypeBase',
      'isAiSourceType',
      'isC2paAction',
      'isDigitalSourceType',
      'jwkThumbprint',
      'ledgerGenesis',
      'loadLedgerSigner',
      'locateSpan',
      'mapRangeThroughEdits',
      'markdownSections',
      'openLedger',
      'parseLedger',
      'readLedgerEntry',
      'recoverLedger',
      'sceneSections',
      'spansFromLedger',
      'summarizeFindings',
      'trackSpans',
      'verifyLedger',
      'verifySignature',
    ]);
  });
});
