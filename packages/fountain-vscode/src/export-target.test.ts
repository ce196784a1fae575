import { describe, expect, it } from 'vitest';
import { exportTargetPath, fileNameOf, summariseWarnings } from './export-target.js';

describe('exportTargetPath', () => {
  it('puts the export beside the script with the new extension', () => {
    expect(exportTargetPath('/work/scripts/harbour.fountain', 'fdx')).toBe('/work/scripts/harbour.fdx');
    expect(exportTargetPath('/work/scripts/draft.v2.spmd', 'pdf')).toBe('/work/scripts/draft.v2.pdf');
    expect(exportTargetPath('/Untitled-1', 'csv')).toBe('/Untitled-1.csv');
    expect(exportTargetPath('/.fountain', 'fdx')).toBe('/.fountain.fdx');
  });
});

describe('summariseWarnings', () => {
  it('says nothing without warnings, and names the first three with a count', () => {
    expect(summariseWarnings('Exported', [])).toBeUndefined();
    expect(summariseWarnings('Exported', [{ message: 'A.' }, { message: 'B.' }, { message: 'C.' }, { message: 'D.' }])).toBe('Exported with 4 warnings: A. B. C. …');
    expect(summariseWarnings('Imported', [{ message: 'Only one.' }])).toBe('Imported with 1 warning: Only one.');
  });
});

describe('fileNameOf', () => {
  it('names an exported file by the last segment of its path', () => {
    expect(fileNameOf('/work/scripts/harbour.pdf')).toBe('harbour.pdf');
    expect(fileNameOf('harbour.pdf')).toBe('harbour.pdf');
    expect(fileNameOf('/')).toBe('/');
  });
});
