import type { StoryEntryType } from '@reelkit/core/story';

/** A note to create for a new entry: where and what. */
export interface NewEntryNote {
  readonly path: string;
  readonly text: string;
}

const prompts: Record<StoryEntryType, { readonly attributes: readonly string[]; readonly body: string }> = {
  character: { attributes: ['gender:', 'age group:'], body: 'Who they are, how they speak, what they want.' },
  location: { attributes: [], body: 'What it looks, sounds and smells like; who is found there.' },
  object: { attributes: [], body: 'What it is, who owns it, why it matters.' },
  lore: { attributes: [], body: 'The rule, history or belief, as the characters know it.' },
  other: { attributes: [], body: 'What the AI should know.' },
};

/** What a new entry already says (an accepted proposal), in place of the template's prompts. */
export interface NewEntryFill {
  readonly aliases: readonly string[];
  readonly description: string;
}

// A YAML flow-sequence item: plain when safe, else a JSON string (valid YAML).
const yamlItem = (value: string): string => (/^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u.test(value) ? value : JSON.stringify(value));

/**
 * The template of a new entry note in `folder`: frontmatter with the type, Obsidian's `aliases`, the context mode,
 * the private flag and (for characters) the declared attributes the bias checks count, then a description prompt and
 * a private-notes heading. The file name is the name with characters Obsidian forbids in file names removed. With
 * `fill`, the other names and the description are the given ones.
 */
export function newEntryNote(folder: string, type: StoryEntryType, name: string, fill?: NewEntryFill): NewEntryNote {
  const fileName = name.replace(/[\\/:*?"<>|#^[\]]/g, '').trim() || 'Untitled entry';
  const { attributes } = prompts[type];
  const body = fill?.description ?? prompts[type].body;
  const lines = ['---', `type: ${type}`, `name: ${name.includes(':') ? JSON.stringify(name) : name}`, `aliases: [${(fill?.aliases ?? []).map(yamlItem).join(', ')}]`, 'context: when-mentioned', 'private: false'];
  if (attributes.length > 0) lines.push('attributes:', ...attributes.map((key) => `  ${key}`));
  if (type === 'character') lines.push('progressions: []');
  lines.push('---', body, '', '## Private notes', '');
  return { path: `${folder.replace(/\/+$/, '')}/${fileName}.md`, text: lines.join('\n') };
}
