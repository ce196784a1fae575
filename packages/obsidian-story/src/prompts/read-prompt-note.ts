import { parseFrontmatter } from '@reelkit/core/story';
import { noteIdOf } from '../bible/note-id.js';
import { notePromptSlots, type NotePromptSlot, type PromptNote } from './note-prompt.js';

/** A prompt note, or why it cannot be used. */
export type PromptNoteReading = { readonly ok: true; readonly note: PromptNote } | { readonly ok: false; readonly path: string; readonly problem: string };

/** The system text of a prompt note that has no `## System` section. */
export const defaultNoteSystem = 'You help a novelist write. Match the manuscript’s voice, tense and point of view. Never contradict the story bible. Reply with the text only, no preamble.';

const section = (body: string, name: string): string | undefined => {
  const match = new RegExp(`^#{1,6}\\s+${name}\\s*$`, 'im').exec(body);
  if (match === null) return undefined;
  const rest = body.slice(match.index + match[0].length);
  const next = /^#{1,6}\s+(system|user)\s*$/im.exec(rest);
  return (next === null ? rest : rest.slice(0, next.index)).trim();
};

/**
 * Reads a prompt template note: frontmatter `prompt-id` (default `note.<file name>`), `version`, `name` (default the
 * file name), `apply` (`insert` or `replace`), `output-tokens`; a body with `## System` and `## User` sections, or
 * only the user message. Variables are `{{selection}}`, `{{scene}}`, `{{entries}}` and `{{title}}`; anything else in
 * braces is refused, so a typo never reaches the model as text.
 */
export function readPromptNote(path: string, text: string): PromptNoteReading {
  const { data, body } = parseFrontmatter(text);
  const system = section(body, 'system') ?? defaultNoteSystem;
  const user = section(body, 'user') ?? (section(body, 'system') === undefined ? body.trim() : '');
  if (user === '') return { ok: false, path, problem: 'it has no message: write it under a "## User" heading, or as the whole note' };
  const used = [...`${system}\n${user}`.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => match[1] ?? '');
  const unknown = used.filter((name) => !notePromptSlots.includes(name as NotePromptSlot));
  if (unknown.length > 0) return { ok: false, path, problem: `it uses {{${unknown[0] ?? ''}}}; the variables are ${notePromptSlots.map((slot) => `{{${slot}}}`).join(', ')}` };
  const id = typeof data['prompt-id'] === 'string' && data['prompt-id'].trim() !== '' ? data['prompt-id'].trim() : `note.${noteIdOf(path)}`;
  const declared = data['version'];
  const tokens = Number(data['output-tokens']);
  return {
    ok: true,
    note: {
      path,
      name: typeof data['name'] === 'string' && data['name'].trim() !== '' ? data['name'].trim() : noteIdOf(path),
      id,
      declaredVersion: typeof declared === 'string' && declared.trim() !== '' ? declared.trim() : '1',
      system,
      user,
      slots: notePromptSlots.filter((slot) => used.includes(slot)),
      defaultApply: data['apply'] === 'replace' ? 'replace' : 'insert',
      expectedOutputTokens: Number.isInteger(tokens) && tokens > 0 ? tokens : 400,
    },
  };
}
