import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { breakdownCsv } from './breakdown-csv.js';
import { breakdownReportSection } from './breakdown-report-section.js';
import { createBreakdown } from './create-breakdown.js';
import { formatEighths } from './format-eighths.js';
import { createScreenplayReport } from '../representation/screenplay-report.js';

const corpus = sharedFolder('corpus');

const script = [
  'INT. KITCHEN - NIGHT #1#',
  '',
  'ANN stirs a pot. Cal, "the boss", watches.',
  '',
  'ANN',
  'Taste this.',
  '',
  'EXT. YARD - DAY #2A#',
  '',
  'CAL',
  'Ready?',
  '',
  'ANN AND CAL',
  'Go!',
  '',
  'INT. KITCHEN - DAY #3#',
  '',
  'Empty. A clock ticks.',
  '',
  'CAL',
  'Ann?',
].join('\n');

describe('createBreakdown', () => {
  // Lengths as given by the script's statistics (here made up, so the totals are easy to check).
  const statistics = {
    pages: 2,
    exactPages: 1.63,
    runtimeMinutes: 2,
    method: 'test pages',
    scenes: [
      { id: 'scene-1', page: 1, eighths: 3, location: 'KITCHEN' },
      { id: 'scene-2a', page: 1, eighths: 9, location: 'YARD' },
      { id: 'scene-3', page: 2, eighths: 1, location: 'KITCHEN' },
    ],
  };
  const breakdown = createBreakdown(parseFountain(script), { statistics });

  it('lists each scene with its number, setting, location, time, length, speaking and silent cast', () => {
    expect(breakdown.scenes.map((scene) => [scene.number, scene.setting, scene.location, scene.timeOfDay, scene.eighths, scene.speaking, scene.silent, scene.line])).toEqual([
      ['1', 'INT', 'KITCHEN', 'NIGHT', 3, ['ANN'], ['CAL'], 0],
      // ANN AND CAL is both of them: ANN speaks in the yard.
      ['2A', 'EXT', 'YARD', 'DAY', 9, ['CAL', 'ANN'], [], 7],
      ['3', 'INT', 'KITCHEN', 'DAY', 1, ['CAL'], [], 15],
    ]);
    expect(breakdown.lengthMethod).toBe('test pages');
  });

  it('totals each location and each character, longest first', () => {
    expect(breakdown.locations).toEqual([
      { location: 'YARD', scenes: 1, eighths: 9, settings: ['EXT'], times: ['DAY'] },
      { location: 'KITCHEN', scenes: 2, eighths: 4, settings: ['INT'], times: ['NIGHT', 'DAY'] },
    ]);
    expect(breakdown.characters).toEqual([
      { name: 'CAL', scenes: 3, speakingScenes: 2, eighths: 13, first: '1', last: '3' },
      { name: 'ANN', scenes: 2, speakingScenes: 2, eighths: 12, first: '1', last: '2A' },
    ]);
  });

  it('writes each table as CSV a spreadsheet opens: quoted where needed, CRLF, pages as schedules write them', () => {
    expect(breakdownCsv(breakdown, 'scenes').split('\r\n').slice(0, 3)).toEqual([
      'Scene,INT/EXT,Location,Time,Eighths,Pages,Speaking cast,Silent cast,Heading,Line',
      '1,INT,KITCHEN,NIGHT,3,3/8,ANN,CAL,INT. KITCHEN - NIGHT,1',
      '2A,EXT,YARD,DAY,9,1 1/8,CAL; ANN,,EXT. YARD - DAY,8',
    ]);
    expect(breakdownCsv(breakdown, 'locations')).toBe('Location,Scenes,Eighths,Pages,INT/EXT,Times\r\nYARD,1,9,1 1/8,EXT,DAY\r\nKITCHEN,2,4,4/8,INT,NIGHT; DAY\r\n');
    expect(breakdownCsv(breakdown, 'characters').split('\r\n')[1]).toBe('CAL,3,2,13,1 5/8,1,3');
  });

  it('quotes commas and quotes, and defuses a cell a spreadsheet would run as a formula', () => {
    const tricky = createBreakdown(parseFountain('INT. "JOE\'S", BAR - NIGHT\n\nJOE\nHi.\n\nEXT. =HYPERLINK("x") - DAY\n\nJOE\nBye.\n'));
    const rows = breakdownCsv(tricky, 'locations').split('\r\n');
    expect(rows.slice(1, 3).sort()).toEqual(['"""JOE\'S"", BAR",1,1,1/8,INT,NIGHT', '"\'=HYPERLINK(""X"")",1,1,1/8,EXT,DAY'].sort());
  });

  it('measures lengths on the printed pages when not given them, and says so', () => {
    const measured = createBreakdown(parseFountain(script));
    // Heading to heading on a 54-line page: 8, 10 and 6 lines.
    expect(measured.scenes.map((scene) => scene.eighths)).toEqual([1, 1, 1]);
    expect(measured.lengthMethod).toBe('1 US Letter page as Final Draft sets them, 54 lines a page');
  });

  corpus.it('Big Fish: 192 scenes; the leads are on set the most; totals add up to the script', () => {
    const bigFish = createBreakdown(parseFountain(corpus.read('full-scripts/Big-Fish.fountain')));
    expect(bigFish.scenes).toHaveLength(192);
    expect(bigFish.characters.slice(0, 2).map((character) => character.name)).toEqual(['EDWARD', 'WILL']);
    const total = bigFish.scenes.reduce((sum, scene) => sum + scene.eighths, 0);
    expect(bigFish.locations.reduce((sum, location) => sum + location.eighths, 0)).toBe(total);
    expect(bigFish.locations.reduce((sum, location) => sum + location.scenes, 0)).toBe(192);
  });
});

describe('formatEighths', () => {
  it('writes whole pages and eighths as schedules do', () => {
    expect([1, 7, 8, 11, 16].map(formatEighths)).toEqual(['1/8', '7/8', '1', '1 3/8', '2']);
  });
});

describe('breakdownReportSection', () => {
  it('puts the breakdown into the report page: totals first, every scene in a table, text escaped', () => {
    const section = breakdownReportSection(createBreakdown(parseFountain('INT. <LAB> - DAY\n\nBOB\nHi.\n\nEXT. YARD - NIGHT\n\nBob waves.\n')));
    expect([section.id, section.heading]).toEqual(['breakdown', 'Production breakdown']);
    expect(section.html.match(/<summary>[^<]+<\/summary>/gu)).toEqual(['<summary>Table: locations (2)</summary>', '<summary>Table: cast on set (1)</summary>', '<summary>Table: scenes (2)</summary>']);
    expect(section.html).toContain('<tr><td>BOB</td><td class="n">2</td><td class="n">1</td><td class="n">2/8</td><td>1</td><td>2</td></tr>');
    expect(section.html).toContain('<tr><td>1</td><td>INT</td><td>&lt;LAB&gt;</td><td>DAY</td><td class="n">1/8</td><td>BOB</td><td></td></tr>');
  });
});

describe('createBreakdown from a report', () => {
  it('takes presence from the report it ends, with the same result as finding it again', () => {
    const screenplay = parseFountain(script);
    const report = createScreenplayReport(screenplay);
    expect(createBreakdown(screenplay, { presence: report.characters })).toEqual(createBreakdown(screenplay));
    // The presence given is the one used: ANN named in the last scene's action makes her its silent cast.
    const given = createBreakdown(screenplay, { presence: [{ name: 'ANN', sceneIds: ['scene-1', 'scene-2a', 'scene-3'] }] });
    expect(given.scenes.map((scene) => scene.silent)).toEqual([[], [], ['ANN']]);
  });
});
