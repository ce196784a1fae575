import type { CastProposal } from '@reelkit/core/representation';

/** One entry of the "Declare cast…" gender pick for a character. */
export interface GenderChoice {
  readonly label: string;
  readonly description?: string;
  /** The gender to declare, `null` to list the character without one, `'rest'` to accept every remaining proposal. */
  readonly value: string | null | 'rest';
}

const genders = ['female', 'male', 'non-binary'];

/** The pick for one character: the proposal first (with its evidence), then the other genders, none, and "accept the rest". */
export function genderChoices(proposal: CastProposal, remaining: number): GenderChoice[] {
  const proposed: GenderChoice[] = proposal.gender === undefined ? [] : [{ label: proposal.gender, description: `proposed: ${proposal.evidence ?? 'from the script'} (${proposal.confidence ?? 0})`, value: proposal.gender }];
  return [
    ...proposed,
    ...genders.filter((gender) => gender !== proposal.gender).map((gender): GenderChoice => ({ label: gender, value: gender })),
    { label: 'No gender', description: 'list the character; declare it later', value: null },
    ...(remaining > 1 ? [{ label: `Accept the proposals for the remaining ${remaining} characters`, value: 'rest' as const }] : []),
  ];
}

/** The title of the pick: whose gender, how much they speak, and where the writer is in the list. */
export function genderPickTitle(proposal: CastProposal, position: number, total: number): string {
  return `Declare cast (${position} of ${total}): ${proposal.name}, ${proposal.lines} line${proposal.lines === 1 ? '' : 's'}`;
}
