import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import type { PaperName } from './page-geometry.js';
import { paginateScreenplay } from './paginate-screenplay.js';
import type { Page } from './printed-page.js';

function paginate(source: string, paper: PaperName = 'letter'): Page[] {
  return [...paginateScreenplay(parseFountain(source), { paper }).pages];
}

/** Each line as `y x kind text`, x in inches to the hundredth. */
function printed(page: Page | undefined): string[] {
  return (page?.lines ?? []).map((line) => `${line.y} ${line.x.toFixed(2)} ${line.kind} ${line.text}`);
}

/** `count` one-line action paragraphs: each takes a line and the blank line before the next. */
function filler(count: number): string {
  return Array.from({ length: count }, (_, index) => `Filler ${index + 1}.`).join('\n\n');
}

const sixSentences = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].map((word) => `The ${word} line ends here.`);

describe('paginateScreenplay: one page', () => {
  it('places every element at its Final Draft indent, with the blank lines between them', () => {
    const [page] = paginate('INT. HOUSE - DAY #12A#\n\nAnna *waits*.\n\nANNA\n(quietly)\nWhere is everyone?\n\nCUT TO:\n\n> THE END <\n');
    expect(printed(page)).toEqual([
      '0 1.50 scene-heading INT. HOUSE - DAY',
      '2 1.50 action Anna waits.',
      '4 3.50 character ANNA',
      '5 2.90 parenthetical (quietly)',
      '6 2.50 dialogue Where is everyone?',
      '8 6.40 transition CUT TO:',
      '10 4.15 centered THE END',
    ]);
    expect(page?.lines[0]?.sceneNumber).toEqual({ text: '12A', leftX: 0.75, rightX: 7.375 - 0.3 });
    expect(page?.lines[1]?.emphasis).toEqual([{ style: 'italic', start: 5, end: 10 }]);
    expect(page?.label).toBeUndefined();
  });

  it('leaves two blank lines before a scene heading, none at the top of a page', () => {
    const [page] = paginate('INT. HOUSE - DAY\n\nAnna waits.\n\nEXT. GARDEN - DAY\n\nRain.\n');
    expect(printed(page)).toEqual(['0 1.50 scene-heading INT. HOUSE - DAY', '2 1.50 action Anna waits.', '5 1.50 scene-heading EXT. GARDEN - DAY', '7 1.50 action Rain.']);
  });

  it('wraps action at 61 characters and dialogue at 35, as Final Draft fits them in 6.0 in and 3.5 in', () => {
    const action = 'Exactly sixty-one characters fit on one line of action here!! Then it wraps.';
    const [page] = paginate(`INT. HOUSE - DAY\n\n${action}\n\nBOB\nThirty-five characters fit here ok! And then it wraps.\n`);
    expect(printed(page).slice(1)).toEqual([
      '2 1.50 action Exactly sixty-one characters fit on one line of action here!!',
      '3 1.50 action Then it wraps.',
      '5 3.50 character BOB',
      '6 2.50 dialogue Thirty-five characters fit here ok!',
      '7 2.50 dialogue And then it wraps.',
    ]);
    expect([page?.lines[1]?.text.length, page?.lines[4]?.text.length]).toEqual([61, 35]);
  });

  it('keeps emphasis on each wrapped line it covers', () => {
    const [page] = paginate(`INT. HOUSE - DAY\n\n${'word '.repeat(10)}**bold runs across the end of this line and on**.\n`);
    expect(page?.lines.slice(1).map((line) => [line.text, line.emphasis])).toEqual([
      ['word word word word word word word word word word bold runs', [{ style: 'bold', start: 50, end: 59 }]],
      ['across the end of this line and on.', [{ style: 'bold', start: 0, end: 34 }]],
    ]);
  });

  it('sets headings, cues and transitions in capitals, as Final Draft does', () => {
    const [page] = paginate('.inside the barn\n\n@McCoy\nHey.\n\n> fade out.\n');
    expect(printed(page)).toEqual(['0 1.50 scene-heading INSIDE THE BARN', '2 3.50 character MCCOY', '3 2.50 dialogue Hey.', '5 6.20 transition FADE OUT.']);
  });

  it('puts dual dialogue side by side in two narrower columns', () => {
    const [page] = paginate('INT. HALL - DAY\n\nBRICK\nScrew retirement, I say, and I mean it.\n\nSTEEL ^\n(raising a beer)\nScrew it.\n\nThey drink.\n');
    expect(page?.lines.map((line) => `${line.y} ${line.x} ${line.column ?? '-'} ${line.text}`)).toEqual([
      '0 1.5 - INT. HALL - DAY',
      '2 2.5 left BRICK',
      '3 1.5 left Screw retirement, I say, and',
      '4 1.5 left I mean it.',
      '2 5.875 right STEEL',
      `3 ${4.875 - 0.1} right (raising a beer)`,
      '4 4.625 right Screw it.',
      '6 1.5 - They drink.',
    ]);
  });

  it('wraps a Japanese line by width: full-width characters take two columns, 。 never starts a line', () => {
    const [page] = paginate('INT。 病院-日\n\nそして、何も起こりません。次の1時間、ジョンは沈黙の中で動かずに立っています。窓の外では雨が降り続き、誰も彼に声をかけない。\n');
    expect(page?.lines.slice(1).map((line) => line.text)).toEqual([
      'そして、何も起こりません。次の1時間、ジョンは沈黙の中で動かず',
      'に立っています。窓の外では雨が降り続き、誰も彼に声をかけな',
      'い。',
    ]);
  });
});

describe('paginateScreenplay: page breaks', () => {
  it('numbers pages from 2 on, "N." ending at 7.25 in', () => {
    const pages = paginate(filler(60));
    expect(pages.map((page) => page.label)).toEqual([undefined, { text: '2.', x: 7.25 - 0.2 }, { text: '3.', x: 7.25 - 0.2 }]);
  });

  it('holds 54 lines on US Letter and 58 on A4', () => {
    const letter = paginate(filler(60), 'letter');
    const a4 = paginate(filler(60), 'a4');
    // One-line paragraphs a blank line apart: 27 on a Letter page (lines 0 to 52), 29 on A4 (0 to 56).
    expect(letter.map((page) => page.lines.length)).toEqual([27, 27, 6]);
    expect(a4.map((page) => page.lines.length)).toEqual([29, 29, 2]);
    expect(printed(letter[1]).slice(0, 1)).toEqual(['0 1.50 action Filler 28.']);
    expect(printed(a4[1]).slice(0, 1)).toEqual(['0 1.50 action Filler 30.']);
  });

  it('starts a new page at ===, and makes no empty page for one at the start', () => {
    expect(paginate('===\n\nPage one.\n\n===\n\nPage two.\n').map(printed)).toEqual([['0 1.50 action Page one.'], ['0 1.50 action Page two.']]);
  });

  it('moves a scene heading that would end a page down with its action', () => {
    const pages = paginate(`${filler(26)}\n\nINT. HOUSE - DAY\n\nAnna waits.\n`);
    expect(printed(pages[0]).at(-1)).toBe('50 1.50 action Filler 26.');
    expect(printed(pages[1])).toEqual(['0 1.50 scene-heading INT. HOUSE - DAY', '2 1.50 action Anna waits.']);
  });

  it('keeps a heading at the foot when at least two lines of a long action follow it, split at a sentence end', () => {
    const pages = paginate(`${filler(24)}\n\nINT. HOUSE - DAY\n\n${sixSentences.join('\n')}\n`);
    expect(printed(pages[0]).slice(-4)).toEqual([
      '49 1.50 scene-heading INT. HOUSE - DAY',
      '51 1.50 action The first line ends here.',
      '52 1.50 action The second line ends here.',
      '53 1.50 action The third line ends here.',
    ]);
    expect(printed(pages[1])[0]).toBe('0 1.50 action The fourth line ends here.');
  });

  it('moves the whole scene when the action under its heading is too short to split (under five lines)', () => {
    const pages = paginate(`${filler(24)}\n\nINT. HOUSE - DAY\n\n${sixSentences.slice(0, 4).join('\n')}\n`);
    expect(printed(pages[0]).at(-1)).toBe('46 1.50 action Filler 24.');
    expect(printed(pages[1]).slice(0, 2)).toEqual(['0 1.50 scene-heading INT. HOUSE - DAY', '2 1.50 action The first line ends here.']);
  });

  it('splits dialogue at a sentence end with (MORE) below the body and NAME (CONT\'D) above the next', () => {
    const speech = 'I came here to talk. You know why. We have been through this before, and you never listen. So this time I brought a list. Read it. Out loud. Every word of it, from the top to the very bottom, and then we will talk about it.';
    const pages = paginate(`${filler(24)}\n\nBOB\n${speech}\n`);
    expect(printed(pages[0]).slice(-7)).toEqual([
      '48 3.50 character BOB',
      '49 2.50 dialogue I came here to talk. You know why.',
      '50 2.50 dialogue We have been through this before,',
      '51 2.50 dialogue and you never listen. So this time',
      '52 2.50 dialogue I brought a list. Read it. Out',
      '53 2.50 dialogue loud.',
      '54 3.50 more (MORE)',
    ]);
    expect(printed(pages[1])).toEqual([
      "-1 3.50 character BOB (CONT'D)",
      '0 2.50 dialogue Every word of it, from the top to',
      '1 2.50 dialogue the very bottom, and then we will',
      '2 2.50 dialogue talk about it.',
    ]);
  });

  it('never leaves a cue at the foot with fewer than two lines of dialogue: the speech moves whole', () => {
    const pages = paginate(`${filler(26)}\n\nBOB\nOne line.\nAnd another.\nAnd a third.\n`);
    expect(printed(pages[0]).at(-1)).toBe('50 1.50 action Filler 26.');
    expect(printed(pages[1])).toEqual(['0 3.50 character BOB', '1 2.50 dialogue One line.', '2 2.50 dialogue And another.', '3 2.50 dialogue And a third.']);
  });

  it('breaks a speech before a parenthetical, never right after one', () => {
    const speech = 'BOB\nFirst sentence here and it goes on to a second line.\n(beat)\nSecond sentence here and it goes on to another line.';
    const pages = paginate(`${filler(25)}\n\n${speech}\n`);
    expect(printed(pages[0]).slice(-4)).toEqual([
      '50 3.50 character BOB',
      '51 2.50 dialogue First sentence here and it goes on',
      '52 2.50 dialogue to a second line.',
      '53 3.50 more (MORE)',
    ]);
    expect(printed(pages[1])).toEqual([
      "-1 3.50 character BOB (CONT'D)",
      '0 2.90 parenthetical (beat)',
      '1 2.50 dialogue Second sentence here and it goes on',
      '2 2.50 dialogue to another line.',
    ]);
  });

  it('never starts a page with a transition: the last sentences of the action above come with it', () => {
    const pages = paginate(`${filler(24)}\n\n${sixSentences.slice(0, 5).join('\n')}\n\nCUT TO:\n\nEXT. ROAD - NIGHT\n\nRain.\n`);
    expect(printed(pages[0]).slice(-3)).toEqual(['48 1.50 action The first line ends here.', '49 1.50 action The second line ends here.', '50 1.50 action The third line ends here.']);
    expect(printed(pages[1])).toEqual([
      '0 1.50 action The fourth line ends here.',
      '1 1.50 action The fifth line ends here.',
      '3 6.40 transition CUT TO:',
      '6 1.50 scene-heading EXT. ROAD - NIGHT',
      '8 1.50 action Rain.',
    ]);
  });

  it('moves a short paragraph above a transition whole when it cannot split', () => {
    const pages = paginate(`${filler(26)}\n\nAnna leaves.\n\nCUT TO:\n`);
    expect(printed(pages[0]).at(-1)).toBe('50 1.50 action Filler 26.');
    expect(printed(pages[1])).toEqual(['0 1.50 action Anna leaves.', '2 6.40 transition CUT TO:']);
  });
});
