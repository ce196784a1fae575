import { describe, expect, it } from 'vitest';
import { foldCase } from './fold-case.js';

describe('foldCase', () => {
  it('lower-cases without moving any offset', () => {
    expect(foldCase('MARA Voss')).toBe('mara voss');
    expect(foldCase('ΜΑΡΑΣ μαρας')).toBe('μαρασ μαρασ');
    // `İ` lower-cases to two code units; it folds to `i` so the rest stays aligned.
    expect(foldCase('İSTANBUL Mara')).toBe('istanbul mara');
    expect(foldCase('İSTANBUL Mara').length).toBe('İSTANBUL Mara'.length);
  });
});
