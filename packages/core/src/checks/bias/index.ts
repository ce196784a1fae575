// Bias checks: cast attributes, representation, Bechdel–Wallace, fiction-aware language lint, the screenplay report.
export type { AttributeSource, Cast, CastMember, CastProblem, GenderAttribute } from './cast-member.js';
export { readCast } from './read-cast.js';
export { normalizeGender } from './normalize-gender.js';
export { inferGenders } from './infer-gender.js';
export { resolveAttributes, type AttributeOptions, type CharacterAttributes } from './resolve-attributes.js';
export { computeRepresentation, type CharacterRepresentation, type Representation } from './compute-representation.js';
export { puddingWordThreshold } from './dialogue-share.js';
export type { CharacterAppearances, CharacterIntroduction } from './find-appearances.js';
export type { Conversation } from './find-conversations.js';
export type { GroupAttribute, GroupRepresentation } from './group-representation.js';
export { bechdelTest } from './bechdel-test.js';
export type { BechdelExchange, BechdelLine, BechdelResult, BechdelStep } from './bechdel-result.js';
export { confirmBechdel, type BechdelConfirmer, type BechdelVerdict } from './confirm-bechdel.js';
export type { LanguageRule } from './language-rule.js';
export { languageRules } from './language-rules.js';
export { createLanguageLinter, type LanguageLinter, type LanguageLintOptions } from './language-linter.js';
export {
  createScreenplayReport,
  type ReportCharacter,
  type ReportScene,
  type ScreenplayReport,
  type ScreenplayReportOptions,
} from './screenplay-report.js';
export * from './report-html/index.js';
export { lintProse } from './lint-prose.js';
