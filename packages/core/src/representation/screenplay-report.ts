import type { Screenplay } from '../screenplay/screenplay.js';
import { computeStatistics, type ScreenplayStatistics } from '../pagination/screenplay-statistics.js';
import type { SourceRange } from '../text/source-range.js';
import type { Finding } from '../findings/finding.js';
import type { BechdelResult } from './bechdel-result.js';
import { bechdelTest } from './bechdel-test.js';
import type { AttributeSource, CastProblem } from './cast-member.js';
import type { CharacterRepresentation } from './character-representation.js';
import { computeRepresentation } from './compute-representation.js';
import type { Conversation } from './find-conversations.js';
import type { GroupRepresentation } from './group-representation.js';
import { createLanguageLinter, type LanguageLinter } from '../language/language-linter.js';
import { readCast } from './read-cast.js';
import { representationFindings } from './representation-findings.js';
import { resolveAttributes } from './resolve-attributes.js';

/** Options of `createScreenplayReport`. */
export interface ScreenplayReportOptions {
  /** Infer gender from pronouns and names where the cast block is silent (default false). */
  readonly inferGender?: boolean;
  /** Lint dialogue too (default false: a character's voice is the writer's choice). */
  readonly lintDialogue?: boolean;
  /** A linter to reuse, so repeated reports re-lint only changed scenes. */
  readonly linter?: LanguageLinter;
  /** The script's length figures if already computed (they paginate the script), else computed here. */
  readonly statistics?: ScreenplayStatistics;
  /** Called as each stage finishes, for progress on long scripts. */
  readonly onProgress?: (stage: 'cast' | 'representation' | 'bechdel' | 'language', done: number, total: number) => void;
}

/** A scene row of the report: where it sits in the script and who is in it. */
export interface ReportScene {
  readonly id: string;
  readonly number: number;
  readonly heading: string;
  /** Length in eighths of a page. */
  readonly eighths: number;
  readonly range: SourceRange;
  /** Speaking characters, in order of first line. */
  readonly characters: readonly string[];
}

/** A character row as `--json` prints it: gender always present, with where it came from. */
export interface ReportCharacter extends Omit<CharacterRepresentation, 'gender' | 'speakingScenes' | 'scenesPresent'> {
  /** Scenes the character speaks or is named in. */
  readonly scenes: number;
  readonly speakingScenes: number;
  readonly sceneIds: readonly string[];
  readonly gender: { readonly value: string; readonly source: AttributeSource | 'unknown'; readonly confidence: number };
}

/** Everything `reelkit report` shows, as plain data (`--json` prints it as is). */
export interface ScreenplayReport {
  readonly title: string;
  readonly scenes: number;
  readonly pages: number;
  readonly runtimeMinutes: number;
  /** How pages and runtime were measured, in words. */
  readonly lengthMethod: string;
  readonly speakingCharacters: number;
  readonly totalWords: number;
  readonly sceneList: readonly ReportScene[];
  readonly characters: readonly ReportCharacter[];
  readonly groups: readonly GroupRepresentation[];
  readonly conversations: readonly Conversation[];
  readonly bechdel: BechdelResult;
  readonly findings: readonly Finding[];
  readonly cast: { readonly declared: number; readonly problems: readonly CastProblem[] };
}

/** Builds the whole report — cast, representation, Bechdel–Wallace, language lint — from a parsed script. */
export function createScreenplayReport(screenplay: Screenplay, options: ScreenplayReportOptions = {}): ScreenplayReport {
  const progress = options.onProgress ?? (() => undefined);
  const cast = readCast(screenplay);
  progress('cast', 1, 1);
  const attributeOptions = { inferGender: options.inferGender === true };
  const representation = computeRepresentation(screenplay, cast, attributeOptions);
  progress('representation', 1, 1);
  const bechdel = bechdelTest(screenplay, resolveAttributes(screenplay, cast, attributeOptions), cast);
  progress('bechdel', 1, 1);
  const linter = options.linter ?? createLanguageLinter({ lintDialogue: options.lintDialogue === true });
  const language = linter.lint(screenplay, (done, total) => progress('language', done, total));
  const statistics = options.statistics ?? computeStatistics(screenplay);
  const eighths = new Map(statistics.scenes.map((scene) => [scene.id, scene.eighths]));
  return {
    title: plainTitle(screenplay),
    scenes: screenplay.scenes.length,
    pages: statistics.pages,
    runtimeMinutes: statistics.runtimeMinutes,
    lengthMethod: statistics.method,
    speakingCharacters: representation.speakingCharacters,
    totalWords: representation.totalWords,
    sceneList: screenplay.scenes.map((scene, index) => ({
      id: scene.id,
      number: index + 1,
      heading: scene.heading,
      eighths: eighths.get(scene.id) ?? 1,
      range: scene.range,
      characters: scene.characters,
    })),
    characters: representation.characters.map(toReportCharacter),
    groups: representation.groups,
    conversations: representation.conversations,
    bechdel,
    // Script-wide findings first, then in reading order, as an editor's problem list shows them.
    findings: [...representationFindings(representation, bechdel, cast), ...language].sort((a, b) => (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1)),
    cast: { declared: cast.members.length, problems: cast.problems },
  };
}

function toReportCharacter(character: CharacterRepresentation): ReportCharacter {
  const { gender, scenesPresent, speakingScenes, ...rest } = character;
  return {
    ...rest,
    scenes: scenesPresent?.length ?? speakingScenes,
    speakingScenes,
    sceneIds: scenesPresent ?? [],
    gender: gender ?? { value: 'unspecified', source: 'unknown', confidence: 0 },
  };
}

function plainTitle(screenplay: Screenplay): string {
  const entry = screenplay.titlePage.entries.find((candidate) => candidate.key.toLowerCase() === 'title');
  return (entry?.value ?? '').replace(/[*_]/g, '').replace(/\s*\n\s*/g, ' ').trim();
}
