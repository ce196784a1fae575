import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { updateScreenplay } from '../screenplay/update-screenplay.js';
import { createLanguageLinter } from './language-linter.js';

const script = 'INT. STATION - DAY\n\nA *policeman* waits by his mother.\n\nDEV\nThe fireman is late.\n\nEXT. STREET - DAY\n\nMankind, the poster says.\n';

describe('createLanguageLinter', () => {
  it('lints narration, finds the word through emphasis markup, and leaves dialogue alone', () => {
    const findings = createLanguageLinter().lint(parseFountain(script));
    expect(findings).toEqual([
      {
        ruleId: 'lang.gendered-job-title',
        category: 'language',
        severity: 'warning',
        message: '“policeman”: Narration that genders a job, or marks a woman or man in it as unusual, reads as a stereotype.',
        range: { start: { line: 2, column: 3, offset: 23 }, end: { line: 2, column: 12, offset: 32 } },
        evidence: 'policeman',
        suggestion: 'police officer',
      },
      expect.objectContaining({ ruleId: 'lang.gendered-generic', evidence: 'Mankind', suggestion: 'humankind', range: { start: { line: 9, column: 0, offset: 101 }, end: { line: 9, column: 7, offset: 108 } } }),
    ]);
  });

  it('lints dialogue on request', () => {
    const findings = createLanguageLinter({ lintDialogue: true }).lint(parseFountain(script));
    expect(findings.map((finding) => finding.evidence)).toEqual(['policeman', 'fireman', 'Mankind']);
  });

  it('re-lints only the edited scene and moves the others’ findings with the text', () => {
    const linter = createLanguageLinter();
    const before = parseFountain(script);
    linter.lint(before);
    expect(linter.scenesLinted).toBe(2);
    // Insert a line in the first scene: the second scene's text is unchanged but moves down one line.
    const after = updateScreenplay(before, { offset: 20, length: 0, text: 'Rain.\n\n' });
    const findings = linter.lint(after);
    expect(linter.scenesLinted).toBe(3);
    expect(findings.map((finding) => finding.range?.start)).toEqual([
      { line: 4, column: 3, offset: 30 },
      { line: 11, column: 0, offset: 108 },
    ]);
    expect(findings).toEqual(createLanguageLinter().lint(after));
  });

  it('lints action before the first scene heading and keeps columns right in CRLF scripts', () => {
    const findings = createLanguageLinter().lint(parseFountain('A fireman sleeps.\r\n\r\nINT. CAB - NIGHT\r\n\r\nThe **chairman** waves.\r\n'));
    expect(findings.map((finding) => [finding.evidence, finding.range?.start, finding.range?.end.column])).toEqual([
      ['fireman', { line: 0, column: 2, offset: 2 }, 9],
      ['chairman', { line: 4, column: 6, offset: 47 }, 14],
    ]);
  });

  it('reports each scene as it goes', () => {
    const seen: string[] = [];
    createLanguageLinter().lint(parseFountain(script), (done, total) => seen.push(`${done}/${total}`));
    expect(seen).toEqual(['1/2', '2/2']);
  });
});
