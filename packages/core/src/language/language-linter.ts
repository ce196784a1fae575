import type { Screenplay } from '../screenplay/screenplay.js';
import type { ElementKind, ScreenplayElement } from '../screenplay/screenplay-element.js';
import type { Scene } from '../screenplay/screenplay-model.js';
import type { SourceRange } from '../text/source-range.js';
import type { Finding } from '../findings/finding.js';
import type { LanguageRule } from './language-rule.js';
import { languageRules } from './language-rules.js';
import { createRuleIndex, matchRules } from './match-rules.js';
import { textRange } from './text-range.js';

/** Options of the language lint. */
export interface LanguageLintOptions {
  /** Also lint dialogue, parentheticals and lyrics — a character's voice is the writer's choice (default false). */
  readonly lintDialogue?: boolean;
  /** Replace the built-in rules. */
  readonly rules?: readonly LanguageRule[];
}

/** A lint that remembers each scene's findings by its text, so an editor re-lints only the scene that changed. */
export interface LanguageLinter {
  /** Findings for one scene, from the cache when its text and layout are unchanged; `lint` later drops stale entries. */
  lintScene(screenplay: Screenplay, scene: Scene): Finding[];
  /** Findings for the whole script: the text before the first scene, then every scene, reporting scenes done. */
  lint(screenplay: Screenplay, onScene?: (done: number, total: number) => void): Finding[];
  /** How many scenes were linted rather than taken from the cache, since creation (for tests and benches). */
  readonly scenesLinted: number;
}

const narration = new Set<ElementKind>(['action', 'centered']);
const voice = new Set<ElementKind>(['dialogue', 'parenthetical', 'lyrics']);

/** Creates a fiction-aware language linter: narration by default, dialogue on request, rules as data. */
export function createLanguageLinter(options: LanguageLintOptions = {}): LanguageLinter {
  const index = createRuleIndex(options.rules ?? languageRules);
  const kinds = options.lintDialogue === true ? new Set([...narration, ...voice]) : narration;
  // Findings stored relative to their scene's start, keyed by the scene's text and layout. `lint` keeps only the
  // keys the current script uses, so the cache never outgrows the script.
  let cache = new Map<string, Finding[]>();
  let scenesLinted = 0;

  const lintElements = (elements: readonly ScreenplayElement[]): Finding[] =>
    elements.flatMap((element) =>
      kinds.has(element.kind)
        ? matchRules(element.text, index).map((match) => toFinding(match.rule, element.text.slice(match.start, match.end), match.phrase, textRange(element, match.start, match.end)))
        : [],
    );

  const lintRange = (screenplay: Screenplay, from: number, to: number, used: Map<string, Finding[]>): Finding[] => {
    const elements = screenplay.elements.slice(from, to);
    const origin = elements[0]?.range.start;
    if (origin === undefined) return [];
    const key = elements.map((element) => `${element.kind}\u0001${element.range.start.line - origin.line}\u0001${element.range.start.column}\u0001${element.raw ?? element.text}`).join('\u0002');
    let relative = cache.get(key);
    if (relative === undefined) {
      scenesLinted += 1;
      relative = lintElements(elements).map((finding) => shift(finding, origin, -1));
    }
    used.set(key, relative);
    return relative.map((finding) => shift(finding, origin, 1));
  };

  return {
    lintScene: (screenplay, scene) => lintRange(screenplay, scene.elementStart, scene.elementEnd, cache),
    lint(screenplay, onScene) {
      const used = new Map<string, Finding[]>();
      const first = screenplay.scenes[0]?.elementStart ?? screenplay.elements.length;
      const findings = lintRange(screenplay, 0, first, used);
      screenplay.scenes.forEach((scene, done) => {
        findings.push(...lintRange(screenplay, scene.elementStart, scene.elementEnd, used));
        onScene?.(done + 1, screenplay.scenes.length);
      });
      cache = used;
      return findings;
    },
    get scenesLinted() {
      return scenesLinted;
    },
  };
}

function toFinding(rule: LanguageRule, actual: string, phrase: string, range: SourceRange): Finding {
  const replacement = rule.replacements?.[phrase] ?? rule.suggestion;
  return {
    ruleId: rule.id,
    category: 'language',
    severity: 'warning',
    message: `“${actual}”: ${rule.explanation}`,
    range,
    evidence: actual,
    suggestion: replacement,
  };
}

/** Moves a finding's range by the scene origin (direction -1 makes it relative, 1 absolute again). */
function shift(finding: Finding, origin: SourceRange['start'], direction: 1 | -1): Finding {
  if (finding.range === undefined) return finding;
  const move = (position: SourceRange['start']): SourceRange['start'] => ({
    line: position.line + direction * origin.line,
    column: position.column,
    offset: position.offset + direction * origin.offset,
  });
  return { ...finding, range: { start: move(finding.range.start), end: move(finding.range.end) } };
}
