import { describe, expect, it } from 'vitest';
import { ElementList } from './element-list.js';
import { parseFountain } from './parse-fountain.js';

describe('ElementList', () => {
  it('splices without touching the list it came from, and shifts later elements only when read', () => {
    const elements = parseFountain('One.\n\nTwo.\n\nThree.').elements;
    const list = ElementList.of(elements);
    const [replacement] = parseFountain('One.\n\nTwo and more.').elements.slice(1);
    const spliced = list.splice(1, 2, replacement ? [replacement] : [], 9, 0);
    expect(list.toArray()).toBe(elements);
    expect(spliced.length).toBe(3);
    expect(spliced.startOffset(2)).toBe(21);
    const array = spliced.toArray();
    expect(array.map((element) => [element.text, element.range.start.offset, element.range.end.offset])).toEqual([
      ['One.', 0, 4],
      ['Two and more.', 6, 19],
      ['Three.', 21, 27],
    ]);
    expect(array[0]).toBe(elements[0]);
    expect(elements[2]?.range.start.offset).toBe(12);
    expect(spliced.firstStartingAtOrAfter(7)).toBe(2);
  });
});
