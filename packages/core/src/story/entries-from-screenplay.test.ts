import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { entriesFromScreenplay } from './entries-from-screenplay.js';
import { createMentionMatcher } from './mention-matcher.js';

const script = `INT. SALTMARSH LIGHT - NIGHT

MARA
Who's there?

O'BRIEN (V.O.)
Only me.

EXT. HARBOUR - DAY

MARA
Tell O'Brien the lamp is out.
`;

describe('entriesFromScreenplay', () => {
  it('makes character and location entries from the script', () => {
    const entries = entriesFromScreenplay(parseFountain(script));
    expect(entries.map((entry) => [entry.id, entry.type, entry.name, entry.aliases, entry.contextMode])).toEqual([
      ['character-mara', 'character', 'Mara', ['MARA'], 'when-mentioned'],
      ["character-o-brien", 'character', "O'Brien", ["O'BRIEN"], 'when-mentioned'],
      ['location-saltmarsh-light', 'location', 'Saltmarsh Light', ['SALTMARSH LIGHT'], 'when-mentioned'],
      ['location-harbour', 'location', 'Harbour', ['HARBOUR'], 'when-mentioned'],
    ]);
  });

  it('feeds the mention matcher, which finds cues and names in action and dialogue', () => {
    const matcher = createMentionMatcher(entriesFromScreenplay(parseFountain(script)));
    expect(matcher.findMentions(script).map((mention) => mention.text)).toEqual(['SALTMARSH LIGHT', 'MARA', "O'BRIEN", 'HARBOUR', 'MARA', "O'Brien"]);
  });
});
