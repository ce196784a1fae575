import type { MentionIndex, StoryEntry } from '@reelkit/core/story';
import type { StoryFinding } from '../continuity/story-finding.js';

/** One declared group (e.g. gender: woman) across the manuscript. */
export interface GroupPresence {
  readonly value: string;
  /** Characters who declare this value. */
  readonly characters: number;
  /** Mentions of those characters in the scenes. */
  readonly mentions: number;
  /** Scenes where at least one of them is mentioned. */
  readonly scenes: number;
  /** `mentions` over all character mentions (0..1, 3 decimals). */
  readonly mentionShare: number;
  /** `characters` over all characters (0..1, 3 decimals). */
  readonly characterShare: number;
}

/** Representation for one declared attribute, from the entries' own declarations: nothing is inferred. */
export interface ManuscriptRepresentation {
  readonly attribute: string;
  /** Groups by most mentioned; characters without a declaration are `undeclared`. */
  readonly groups: readonly GroupPresence[];
  readonly findings: readonly StoryFinding[];
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Counts characters, mentions and scene presence per declared value of `attribute` (e.g. `gender`). A group with at
 * least two characters whose share of mentions is under half its share of characters gets an advisory finding.
 */
export function manuscriptRepresentation(entries: readonly StoryEntry[], index: MentionIndex, attribute: string): ManuscriptRepresentation {
  const characters = entries.filter((entry) => entry.type === 'character');
  const groupOf = new Map(characters.map((entry) => [entry.id, entry.attributes[attribute]?.trim() || 'undeclared']));
  const tally = new Map<string, { characters: number; mentions: number; scenes: Set<string> }>();
  for (const group of groupOf.values()) {
    const current = tally.get(group) ?? { characters: 0, mentions: 0, scenes: new Set<string>() };
    current.characters += 1;
    tally.set(group, current);
  }
  let totalMentions = 0;
  for (const section of index.sections) {
    for (const mention of section.mentions) {
      const group = groupOf.get(mention.entryId);
      const current = group === undefined ? undefined : tally.get(group);
      if (current === undefined) continue;
      current.mentions += 1;
      current.scenes.add(section.id);
      totalMentions += 1;
    }
  }
  const groups = [...tally].map(([value, counts]) => ({
    value,
    characters: counts.characters,
    mentions: counts.mentions,
    scenes: counts.scenes.size,
    mentionShare: totalMentions === 0 ? 0 : round3(counts.mentions / totalMentions),
    characterShare: round3(counts.characters / characters.length),
  }));
  groups.sort((a, b) => b.mentions - a.mentions || a.value.localeCompare(b.value));
  const findings: StoryFinding[] = groups
    .filter((group) => group.value !== 'undeclared' && group.characters >= 2 && group.mentionShare < group.characterShare / 2)
    .map((group) => ({
      finding: {
        ruleId: 'representation.mention-share',
        category: 'representation',
        severity: 'info',
        message: `Characters declared "${attribute}: ${group.value}" are ${Math.round(group.characterShare * 100)}% of the cast but get ${Math.round(group.mentionShare * 100)}% of character mentions.`,
        evidence: `${group.characters} characters, ${group.mentions} mentions in ${group.scenes} scenes`,
        suggestion: 'If that is not the story you mean to tell, give them more of the page.',
      },
    }));
  return { attribute, groups, findings };
}
