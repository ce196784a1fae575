// Representation: cast attributes, dialogue share, presence, Bechdel–Wallace, introductions, the screenplay report.
export type { AttributeSource, Cast, CastMember, CastProblem, GenderAttribute } from './cast-member.js';
export { readCast } from './read-cast.js';
export { proposeCast, type CastDecisions, type CastProposal, type ProposedCast } from './propose-cast.js';
export { normalizeGender } from './normalize-gender.js';
export { inferGenders } from './infer-gender.js';
export { resolveAttributes, type AttributeOptions, type CharacterAttributes } from './resolve-attributes.js';
export type { CharacterRepresentation } from './character-representation.js';
export { computeRepresentation, type Representation } from './compute-representation.js';
export { countSpeakingCharacters } from './count-speaking-characters.js';
export { puddingWordThreshold } from './dialogue-share.js';
export type { CharacterAppearances, CharacterIntroduction } from './find-appearances.js';
export type { Conversation } from './find-conversations.js';
export type { GroupAttribute, GroupRepresentation } from './group-representation.js';
export { bechdelTest } from './bechdel-test.js';
export type { BechdelExchange, BechdelLine, BechdelResult, BechdelStep } from './bechdel-result.js';
export { confirmBechdel, type BechdelConfirmer, type BechdelVerdict } from './confirm-bechdel.js';
export {
  createScreenplayReport,
  type ReportCharacter,
  type ReportScene,
  type ScreenplayReport,
  type ScreenplayReportOptions,
} from './screenplay-report.js';
export * from './report-html/index.js';
