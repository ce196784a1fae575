import type { Finding } from '../findings/finding.js';
import type { BechdelResult } from './bechdel-result.js';
import type { Cast } from './cast-member.js';
import type { Representation } from './compute-representation.js';

/** Representation facts a writers' room may want to gate on, as findings with stable ids. */
export function representationFindings(representation: Representation, bechdel: BechdelResult, cast: Cast): Finding[] {
  const findings: Finding[] = cast.problems.map((problem) => ({
    ruleId: 'cast.unreadable-line',
    category: 'representation',
    severity: 'warning',
    message: problem.message,
    range: problem.range,
  }));
  const failed = bechdel.steps.find((step) => !step.pass);
  if (bechdel.verdict === 'undetermined') {
    findings.push({
      ruleId: 'rep.bechdel-undetermined',
      category: 'representation',
      severity: 'info',
      message: `The Bechdel–Wallace test cannot be decided: ${bechdel.undeclared.length} speaking character${bechdel.undeclared.length === 1 ? ' has' : 's have'} no known gender (${bechdel.undeclared.slice(0, 5).join(', ')}${bechdel.undeclared.length > 5 ? ', …' : ''}).`,
      suggestion: 'Declare the cast in a /* Cast */ block after the title page, or run the report with --infer-gender.',
      url: 'https://bechdeltest.com/',
    });
  } else if (failed !== undefined) {
    findings.push({
      ruleId: 'rep.bechdel-fail',
      category: 'representation',
      severity: 'info',
      message: `The script does not pass the Bechdel–Wallace test: step ${failed.step} fails. ${failed.detail}`,
      url: 'https://bechdeltest.com/',
    });
  }
  const undeclared = representation.characters.filter((character) => character.gender === undefined).map((character) => character.name);
  if (undeclared.length > 0) {
    findings.push({
      ruleId: 'rep.gender-unknown',
      category: 'representation',
      severity: 'info',
      message: `${undeclared.length} speaking character${undeclared.length === 1 ? ' has' : 's have'} no gender in the cast block: ${undeclared.join(', ')}.`,
      suggestion: 'Declare them in the /* Cast */ block, or pass --infer-gender to guess from pronouns and names.',
    });
  }
  for (const character of representation.characters) {
    const introduction = character.introduction;
    if (introduction === undefined || introduction.appearance.length === 0) continue;
    findings.push({
      ruleId: 'rep.introduced-by-looks',
      category: 'representation',
      severity: 'info',
      message: `${character.name} is introduced by looks (${introduction.appearance.join(', ')}).`,
      range: introduction.range,
      evidence: introduction.sentence,
      suggestion: 'Introduce the character by what they do or want; keep looks the story needs.',
    });
  }
  return findings;
}
