import type { Hasher } from '@reelkit/core/runtime';
import { storyTasks, type StoryTask } from '../generation/story-tasks.js';
import type { PromptNote } from './note-prompt.js';
import { promptNoteTask } from './prompt-note-task.js';

/** The tasks the writer can run: the built-ins (each replaced by a prompt note with its id), then the other notes. */
export async function storyTaskChoice(notes: readonly PromptNote[], hasher: Hasher): Promise<StoryTask[]> {
  const byId = new Map(notes.map((note) => [note.id, note]));
  const builtIns = await Promise.all(
    storyTasks.map((task) => {
      const note = byId.get(task.prompt.id);
      return note === undefined ? Promise.resolve(task) : promptNoteTask(note, hasher, task);
    }),
  );
  const builtInIds = new Set(storyTasks.map((task) => task.prompt.id));
  const own = await Promise.all(notes.filter((note) => !builtInIds.has(note.id)).map((note) => promptNoteTask(note, hasher)));
  return [...builtIns, ...own];
}
