import { describe, expect, it, vi } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { paginateScreenplay } from './paginate-screenplay.js';
import { wrapLine } from './wrap-line.js';

// Counts the work: every line the engine wraps goes through wrapLine, which costs at most a line of text.
vi.mock('./wrap-line.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./wrap-line.js')>();
  return { ...original, wrapLine: vi.fn(original.wrapLine) };
});

const scene = [
  'INT. KITCHEN - NIGHT',
  'Anna stands at the sink. She has been there a while. The water runs cold, then hot, then cold again, and she does not notice.',
  'BOB\nYou know why I came. We have been through this before. You never listen, and I never stop talking, and here we are again, at the sink.',
  'ANNA\n(not turning)\nThen say it.',
  'CUT TO:',
].join('\n\n');

/** Lines wrapped to paginate `copies` scenes. */
function work(source: string): { wrapped: number; pages: number } {
  vi.mocked(wrapLine).mockClear();
  const screenplay = parseFountain(source);
  const pages = paginateScreenplay(screenplay, { paper: 'letter' }).pages.length;
  return { wrapped: vi.mocked(wrapLine).mock.calls.length, pages };
}

describe('paginateScreenplay work', () => {
  it('grows in step with the script: 16 times the scenes, 16 times the wrapping (within 2%)', () => {
    const small = work(Array(20).fill(scene).join('\n\n'));
    const large = work(Array(320).fill(scene).join('\n\n'));
    expect(large.pages).toBeGreaterThan(14 * small.pages);
    expect(large.wrapped / small.wrapped).toBeGreaterThan(15.5);
    expect(large.wrapped / small.wrapped).toBeLessThan(16.3);
  });

  it('wraps one long paragraph a bounded number of times per page, not once per page per page', () => {
    const short = work(`INT. FIELD - DAY\n\n${'Ab cd. '.repeat(5_000)}`);
    const long = work(`INT. FIELD - DAY\n\n${'Ab cd. '.repeat(40_000)}`);
    expect(long.pages / short.pages).toBeGreaterThan(7.5);
    expect(long.wrapped / long.pages).toBeLessThan(1.1 * (short.wrapped / short.pages));
  });
});
