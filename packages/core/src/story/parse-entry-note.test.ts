import { describe, expect, it } from 'vitest';
import { parseEntryNote } from './parse-entry-note.js';
import { parseFrontmatter } from './parse-frontmatter.js';
import { resolveEntryLinks } from './resolve-entry-links.js';

const note = [
  '\uFEFF---',
  'type: character',
  'name: "Mara Voss"',
  'aliases: [Mara, "the Keeper", \'Voss, M.\']',
  'context: always',
  'private: false',
  'links:',
  '  - tobin',
  '  - Saltmarsh Light',
  'attributes:',
  '  gender: woman',
  '  age group: 40s # declared by the writer',
  'progressions:',
  '  - scene-05: Has lost her left hand.',
  '---',
  'Keeper of the [[saltmarsh|Saltmarsh Light]]. Dry humour.',
  '',
  '## Private notes',
  'She is the heir.',
].join('\r\n');

describe('parseEntryNote', () => {
  it('reads the frontmatter subset, the description and the private notes', () => {
    expect(parseEntryNote('mara', note)).toEqual({
      id: 'mara',
      type: 'character',
      name: 'Mara Voss',
      aliases: ['Mara', 'the Keeper', 'Voss, M.'],
      description: 'Keeper of the Saltmarsh Light. Dry humour.',
      privateNotes: 'She is the heir.',
      contextMode: 'always',
      attributes: { gender: 'woman', 'age group': '40s' },
      progressions: [{ sceneId: 'scene-05', text: 'Has lost her left hand.' }],
      links: ['tobin', 'Saltmarsh Light', 'saltmarsh'],
    });
  });

  it('defaults a note without frontmatter to an other, when-mentioned entry named by its id', () => {
    const entry = parseEntryNote('the-tide', 'The tide turns twice a day.');
    expect([entry.type, entry.name, entry.contextMode, entry.description, entry.private]).toEqual(['other', 'the-tide', 'when-mentioned', 'The tide turns twice a day.', undefined]);
  });

  it('marks private entries and ignores unknown types and modes', () => {
    const entry = parseEntryNote('x', '---\ntype: spaceship\ncontext: sometimes\nprivate: true\n---\nBody');
    expect([entry.type, entry.contextMode, entry.private]).toEqual(['other', 'when-mentioned', true]);
  });

  it('treats an unclosed frontmatter as body text', () => {
    expect(parseFrontmatter('---\ntype: lore\nno end')).toEqual({ data: {}, body: '---\ntype: lore\nno end', bodyLine: 0 });
  });
});

describe('resolveEntryLinks', () => {
  it('maps ids, names and aliases to ids and drops unknown and self links', () => {
    const entries = resolveEntryLinks([
      parseEntryNote('mara', note),
      parseEntryNote('tobin', '---\nname: Tobin\nlinks: [Mara, nobody, tobin]\n---\n'),
      parseEntryNote('saltmarsh', '---\nname: Saltmarsh Light\n---\n'),
    ]);
    expect(entries.map((entry) => entry.links)).toEqual([['tobin', 'saltmarsh'], ['mara'], []]);
  });
});
