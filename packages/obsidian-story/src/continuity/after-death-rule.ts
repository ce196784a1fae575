import type { MentionIndex } from '@reelkit/core/story';
import type { EntryNote } from '../bible/entry-note.js';
import { sentenceAround, type StoryFinding } from './story-finding.js';

// Words that make a mention of the dead a memory, not an action: "remembered", "his grave", "had been".
const memoryCue = /\b(remember\w*|recall\w*|memory|memories|grave|dead|death|died|ghost|would have|used to|funeral|buried|photograph|portrait)\b/i;
// The word after a name that says the character is doing something: a past-tense verb or a present-tense "says".
const actionWord = /^[\s]+(?:[a-z]+ed|says|said|lit|took|went|came|stood|sat|ran|saw|told|gave|made|held|spoke|walks|looks|nods|smiles|laughs|turns|opens|climbs|rows)\b/;

/**
 * Flags a character who acts after their recorded death (`died: <scene id>` or `died: before`): a mention in a later
 * scene followed directly by a verb, in a sentence with no memory cue. Mentions in memories and speech about the dead
 * are normal and not flagged. Advisory (warning): a ghost or a dream may be what the writer meant.
 */
export function checkAfterDeath(entryNotes: readonly EntryNote[], index: MentionIndex, sceneBodies: ReadonlyMap<string, string>): StoryFinding[] {
  const order = index.sections.map((section) => section.id);
  const findings: StoryFinding[] = [];
  for (const note of entryNotes) {
    if (note.died === undefined || note.entry.type !== 'character') continue;
    const deathIndex = note.died === 'before' ? -1 : order.indexOf(note.died);
    if (note.died !== 'before' && deathIndex === -1) continue;
    for (const section of index.sections.slice(deathIndex + 1)) {
      const body = sceneBodies.get(section.id) ?? '';
      for (const mention of section.mentions) {
        if (mention.entryId !== note.entry.id || !actionWord.test(body.slice(mention.end, mention.end + 20))) continue;
        const { quote, start } = sentenceAround(body, mention.start);
        if (memoryCue.test(quote)) continue;
        const when = note.died === 'before' ? 'before the story begins' : `in ${index.sections[deathIndex]?.label ?? note.died}`;
        findings.push({
          sceneId: section.id,
          entryId: note.entry.id,
          offset: start,
          finding: {
            ruleId: 'continuity.after-death',
            category: 'continuity',
            severity: 'warning',
            message: `${note.entry.name} acts in "${section.label}", but the story bible records their death ${when}.`,
            evidence: quote,
            suggestion: 'Make it a memory, move the death, or mark the scene as a flashback.',
          },
        });
      }
    }
  }
  return findings;
}
