import { createLanguageLinter, parseFountain, type StoryEntry } from '@reelkit/core';
import type { StoryFinding } from '../continuity/story-finding.js';

const linter = createLanguageLinter();

/**
 * Runs the core's fiction-aware language lint over every entry description (narration rules; entry descriptions are
 * the writer's voice, not a character's). The core lints screenplays only, so a description is read as Fountain
 * action; offsets are the description's own.
 */
export function lintDescriptions(entries: readonly StoryEntry[]): StoryFinding[] {
  return entries.flatMap((entry) => {
    // Fountain reads an all-capital line as a character cue; lower-casing keeps every line narration, same offsets.
    const text = entry.description.toLowerCase();
    if (text.trim() === '') return [];
    return linter.lint(parseFountain(text)).map((finding): StoryFinding => {
      const offset = finding.range?.start.offset ?? 0;
      const actual = entry.description.slice(offset, finding.range?.end.offset ?? offset);
      return { entryId: entry.id, offset, finding: { ...finding, message: `${entry.name}: ${finding.message.replace(/^“[^”]*”/, `“${actual}”`)}`, evidence: actual } };
    });
  });
}
