import { describe, expect, it } from 'vitest';
import { readSceneNote } from './scene-note.js';
import { orderScenes } from './scene-order.js';

const scene = (path: string, frontmatter = ''): ReturnType<typeof readSceneNote> => readSceneNote(path, `---\n${frontmatter}\n---\nText.`);

describe('orderScenes', () => {
  it('follows longform-order, putting unlisted scenes after it and leaving the index note out', () => {
    const notes = [scene('M/b.md'), scene('M/a.md'), scene('M/c.md'), scene('M/Index.md', 'longform-order: [c, a]')];
    expect(orderScenes(notes).map((note) => note.id)).toEqual(['c', 'a', 'b']);
  });

  it('uses sequence without a Longform order, then file order', () => {
    const notes = [scene('M/a.md', 'sequence: 2'), scene('M/b.md', 'sequence: 1'), scene('M/c.md'), scene('M/0.md')];
    expect(orderScenes(notes).map((note) => note.id)).toEqual(['b', 'a', '0', 'c']);
  });

  it('reads story dates, flashbacks and pinned entries', () => {
    expect(scene('M/a.md', 'story-date: 1894-05-30\nflashback: true\npin: [ending]')).toMatchObject({ storyDate: '1894-05-30', flashback: true, pinned: ['ending'], bodyOffset: 61 });
  });
});
