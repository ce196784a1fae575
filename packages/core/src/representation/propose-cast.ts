import type { Screenplay } from '../screenplay/screenplay.js';
import type { TextEdit } from '../screenplay/update-screenplay.js';
import type { Cast, CastMember } from './cast-member.js';
import { creditGroupCues } from './credit-group-cues.js';
import { inferGenders } from './infer-gender.js';

/** A gender Reelkit proposes for an undeclared character, with what it rests on, for the writer to accept or change. */
export interface CastProposal {
  readonly name: string;
  readonly lines: number;
  readonly gender?: string;
  readonly confidence?: number;
  readonly evidence?: string;
}

/** What the writer chose per undeclared character: a gender, or `null` to list the character without one. */
export type CastDecisions = ReadonlyMap<string, string | null>;

/** A Cast block for the script and the edit that puts it in place. */
export interface ProposedCast {
  /** `/* Cast … *\/`: declared lines as written, then one line per undeclared speaking character, most lines first. */
  readonly block: string;
  readonly proposals: readonly CastProposal[];
  /** Replaces the script's Cast block(s), or inserts the block after the title page: one edit. */
  readonly edit: TextEdit;
}

/**
 * Proposes a Cast block: every speaking character, most lines first. Declared lines stay as the writer wrote them;
 * for the others, gender is inferred from pronouns and names and written as a proposal, its evidence in a ` // `
 * comment so the writer sees why (and the report reads the value only once it is in the script). Nothing else —
 * age, groups, race, disability — is ever guessed: those fields are left for the writer.
 */
export function proposeCast(source: string, screenplay: Screenplay, cast: Cast, decisions: CastDecisions = new Map()): ProposedCast {
  const declared = new Map<string, CastMember>();
  for (const member of cast.members) for (const name of [member.name, ...member.aliases]) declared.set(name, member);
  // A group cue (EDWARD AND WILL) is its members speaking together, not one more person to declare.
  const speaking = creditGroupCues(screenplay.characters).sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name));
  const undeclared = speaking.filter((character) => !declared.has(character.name));
  const inferred = inferGenders(screenplay, undeclared.map((character) => character.name));
  const proposals = undeclared.map((character): CastProposal => {
    const gender = inferred.get(character.name);
    return { name: character.name, lines: character.lines, ...(gender === undefined ? {} : { gender: gender.value, confidence: gender.confidence, ...(gender.evidence === undefined ? {} : { evidence: gender.evidence }) }) };
  });
  const written = cast.members.map((member) => source.slice(member.range.start.offset, member.range.end.offset).trim());
  const proposed = proposals.map((proposal) => {
    const decided = decisions.get(proposal.name);
    // The writer's own choice is a declaration: no comment, nothing "proposed" about it.
    if (decided !== undefined) return decided === null ? `${proposal.name}:` : `${proposal.name}: gender ${decided}`;
    return proposal.gender === undefined
      ? `${proposal.name}: // ${proposal.lines} line${proposal.lines === 1 ? '' : 's'}; no evidence of gender: declare it, and age and groups if you wish`
      : `${proposal.name}: gender ${proposal.gender} // proposed from ${proposal.evidence ?? 'the script'} (confidence ${proposal.confidence ?? 0}): check it`;
  });
  const block = ['/* Cast', ...written, ...proposed, '*/'].join('\n');
  return { block, proposals, edit: placeBlock(source, screenplay, block) };
}

/** Where the block goes: over the existing Cast block, else after the title page (or at the top). */
function placeBlock(source: string, screenplay: Screenplay, block: string): TextEdit {
  const existing = screenplay.annotations.find((annotation) => annotation.kind === 'boneyard' && /^\s*cast\s*:?\s*(?:\n|$)/i.test(annotation.text));
  if (existing !== undefined) return { offset: existing.range.start.offset, length: existing.range.end.offset - existing.range.start.offset, text: block };
  const titleEnd = screenplay.titlePage.raw.length;
  if (titleEnd === 0) return { offset: 0, length: 0, text: `${block}\n\n` };
  return { offset: titleEnd, length: 0, text: `\n\n${block}` };
}
