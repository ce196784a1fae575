import { computeAiShare, createTextSpan } from '@reelkit/core/provenance';
import { describe, expect, it } from 'vitest';
import { aiShareLabel } from './ai-share-label.js';

describe('aiShareLabel', () => {
  it('counts AI and AI-edited text together in the label and apart in the tooltip', () => {
    const text = 'Bob waits. Alice runs in.';
    const span = createTextSpan(text, 11, 25);
    const share = computeAiShare(text, [{ entryId: 'e1', original: span, current: span, status: 'intact', editRatio: 0 }]).document;
    expect(aiShareLabel(share)).toEqual({
      text: 'AI 57%',
      tooltip: 'Of 21 characters (without spaces): 57% written by AI and unchanged, 0% written by AI then edited, 43% by people. From the ledger beside the script.',
    });
  });

  it('is 0% for an empty script', () => {
    expect(aiShareLabel(computeAiShare('', []).document).text).toBe('AI 0%');
  });
});
