import { formatGender, formatPercent, plural, type ScreenplayReport } from '@reelkit/core/representation';

/** The terminal summary of `reelkit report`: figures, the gender split, Bechdel–Wallace and the findings with places. */
export function formatTerminalReport(report: ScreenplayReport): string {
  const lines: string[] = [];
  const title = report.title === '' ? 'Untitled script' : report.title;
  lines.push(`${title}: ${plural(report.scenes, 'scene')}, ${plural(report.pages, 'page')}, ${plural(report.speakingCharacters, 'speaking character')}, ${plural(report.totalWords, 'word')} of dialogue`, '');

  const nameWidth = Math.max(9, ...report.characters.map((character) => character.name.length));
  const genderWidth = Math.max(6, ...report.characters.map((character) => formatGender(character.gender).length));
  lines.push(`${'Character'.padEnd(nameWidth)}  ${'Gender'.padEnd(genderWidth)}  Lines  Words  Share  Scenes`);
  for (const character of report.characters) {
    lines.push(
      `${character.name.padEnd(nameWidth)}  ${formatGender(character.gender).padEnd(genderWidth)}  ${String(character.lines).padStart(5)}  ${String(character.words).padStart(5)}  ${formatPercent(character.dialogueShare).padStart(5)}  ${String(character.scenes).padStart(6)}`,
    );
  }
  const genders = report.groups.filter((group) => group.attribute === 'gender');
  lines.push('', `Dialogue share by gender: ${genders.map((group) => `${group.value} ${formatPercent(group.dialogueShare)}`).join(', ')}`);
  lines.push(`  counting only characters with 100+ words: ${genders.map((group) => `${group.value} ${formatPercent(group.dialogueShareOver100)}`).join(', ')}`);

  const steps = report.bechdel.steps.map((step) => `${step.step} ${step.pass ? 'pass' : 'fail'}`).join(', ');
  lines.push('', `Bechdel–Wallace: ${report.bechdel.verdict.toUpperCase()} (${steps})`);
  if (report.bechdel.verdict === 'undetermined') {
    lines.push(`  ${report.bechdel.undeclared.length} speaking characters have no known gender: declare a Cast block after the title page, or run with --infer-gender.`);
  }
  for (const step of report.bechdel.steps) lines.push(`  ${step.step}. ${step.detail}`);

  lines.push('', `Findings: ${report.findings.length}`);
  for (const finding of report.findings) {
    const place = finding.range === undefined ? 'script' : `${finding.range.start.line + 1}:${finding.range.start.column + 1}`;
    const suggestion = finding.suggestion === undefined || finding.category !== 'language' ? '' : ` Try: ${finding.suggestion}.`;
    lines.push(`  ${place.padEnd(7)} ${finding.severity.padEnd(7)} ${finding.ruleId}  ${finding.message}${suggestion}`);
  }
  return `${lines.join('\n')}\n`;
}
