import { describe, expect, it } from 'vitest';
import { extractFountain } from './extract-fountain.js';

describe('extractFountain', () => {
  it('keeps a plain Fountain answer as it is, trimmed', () => {
    expect(extractFountain('\n\nMAYA\nThe lamp still works.\n\n')).toBe('MAYA\nThe lamp still works.');
  });

  it('takes the content of a fenced block and drops the talk around it', () => {
    const answer = "Sure! Here's Maya's line:\n\n```fountain\nMAYA\n(quietly)\nThe lamp still works.\n```\n\nLet me know if you want it sharper.";
    expect(extractFountain(answer)).toBe('MAYA\n(quietly)\nThe lamp still works.');
  });

  it('joins several fenced blocks and keeps an unclosed one to the end', () => {
    expect(extractFountain('```\nMAYA\nOne.\n```\nand\n~~~\nTOM\nTwo.')).toBe('MAYA\nOne.\n\nTOM\nTwo.');
  });

  it('drops an unfenced preamble and sign-off, but not a transition ending in a colon', () => {
    expect(extractFountain('Here is the rewrite:\n\nMAYA\nGo.\n\nCUT TO:\n\nI hope this helps!')).toBe('MAYA\nGo.\n\nCUT TO:');
    expect(extractFountain('Certainly.\n\nINT. LIGHTHOUSE - NIGHT\n\nWind.')).toBe('INT. LIGHTHOUSE - NIGHT\n\nWind.');
  });

  it('never drops the only paragraph or a paragraph of several lines', () => {
    expect(extractFountain('Here is the thing.')).toBe('Here is the thing.');
    expect(extractFountain('Here she comes,\nsoaked.\n\nMAYA\nHi.')).toBe('Here she comes,\nsoaked.\n\nMAYA\nHi.');
  });

  it('normalises CRLF so offsets computed on the result are stable', () => {
    expect(extractFountain('MAYA\r\nHi.\r\n')).toBe('MAYA\nHi.');
  });
});
