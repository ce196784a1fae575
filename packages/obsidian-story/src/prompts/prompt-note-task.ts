import type { Hasher } from '@reelkit/core/runtime';
import type { StoryTask } from '../generation/story-tasks.js';
import type { PromptNote } from './note-prompt.js';

/**
 * The generation task a prompt note makes. Its version is the declared one plus the first 8 hex digits of a digest
 * of its wording (`2+1a2b3c4d`): writers edit notes without bumping versions, and the ledger must still say which
 * text produced a passage. With `replacing`, the note takes over that built-in command (name, apply, length).
 */
export async function promptNoteTask(note: PromptNote, hasher: Hasher, replacing?: StoryTask): Promise<StoryTask> {
  const digest = (await hasher.sha256(`${note.system}\n\u0000\n${note.user}`)).slice(0, 8);
  const prompt = { id: note.id, version: `${note.declaredVersion}+${digest}`, system: note.system, user: note.user, slots: note.slots };
  return {
    source: 'note',
    prompt,
    path: note.path,
    id: replacing?.id ?? note.id,
    name: replacing?.name ?? note.name,
    needsSelection: replacing?.needsSelection ?? false,
    defaultApply: replacing?.defaultApply ?? note.defaultApply,
    expectedOutputTokens: replacing?.expectedOutputTokens ?? note.expectedOutputTokens,
  };
}
