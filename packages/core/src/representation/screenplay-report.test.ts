import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { createScreenplayReport } from './screenplay-report.js';

const example = readFileSync(new URL('../../../../examples/screenplays/low-tide-at-kestrel-point.fountain', import.meta.url), 'utf8');

describe('createScreenplayReport on the example screenplay', () => {
  const report = createScreenplayReport(parseFountain(example));

  it('counts scenes, pages and who speaks how much', () => {
    expect([report.title, report.scenes, report.pages, report.speakingCharacters, report.totalWords]).toEqual(['LOW TIDE AT KESTREL POINT', 9, 10, 7, 764]);
    expect(report.characters.map((character) => [character.name, character.lines, character.words, character.scenes, character.speakingScenes, character.dialogueShare])).toEqual([
      ['KIT', 14, 105, 5, 4, 0.1374],
      ['MAGS', 24, 255, 6, 6, 0.3338],
      ['FERGUS', 10, 85, 3, 3, 0.1113],
      ['ROSA', 21, 180, 5, 5, 0.2356],
      ['FERRY ANNOUNCER', 2, 26, 2, 2, 0.034],
      ['CALLUM', 8, 76, 3, 2, 0.0995],
      ['DR. MEHTA', 4, 37, 2, 2, 0.0484],
    ]);
  });

  it('takes gender, age and groups from the cast block, matching MAGS DUNMORE to the cue MAGS', () => {
    const mags = report.characters.find((character) => character.name === 'MAGS');
    expect(mags?.gender).toEqual({ value: 'female', source: 'declared', confidence: 1 });
    expect([mags?.age, mags?.groups]).toEqual(['60s', ['islander']]);
    // 255 of the 540 words spoken by the three characters over 100 words (MAGS, ROSA, KIT).
    expect([mags?.dialogueShare, mags?.dialogueShareOver100]).toEqual([0.3338, 0.4722]);
    expect(report.characters.find((character) => character.name === 'FERRY ANNOUNCER')?.gender).toEqual({ value: 'unspecified', source: 'unknown', confidence: 0 });
  });

  it('compares groups with and without the 100-word threshold', () => {
    const gender = report.groups.filter((group) => group.attribute === 'gender');
    expect(gender.map((group) => [group.value, group.characters.length, group.words, group.dialogueShare, group.dialogueShareOver100])).toEqual([
      ['female', 2, 435, 0.5694, 0.8056],
      ['male', 3, 198, 0.2592, 0],
      ['non-binary', 1, 105, 0.1374, 0.1944],
      ['unspecified', 1, 26, 0.034, 0],
    ]);
    expect(report.groups.filter((group) => group.attribute === 'group').map((group) => group.value)).toEqual(['disabled', 'incomer', 'islander', 'unspecified']);
  });

  it('records how each character is introduced', () => {
    const callum = report.characters.find((character) => character.name === 'CALLUM');
    expect(callum?.introduction?.descriptors).toEqual(['handsome', 'sunburnt', 'rope', 'shoulder']);
    expect(callum?.introduction?.appearance).toEqual(['handsome']);
    expect(report.characters.find((character) => character.name === 'MAGS')?.introduction?.descriptors).toEqual(['wiry', 'weathered', 'yellow', 'oilskin', 'sizes', 'big']);
  });

  it('finds who talks to whom, most turns first', () => {
    expect(report.conversations.slice(0, 3).map((conversation) => [conversation.between.join(' & '), conversation.turns])).toEqual([
      ['MAGS & ROSA', 20],
      ['KIT & MAGS', 19],
      ['FERGUS & ROSA', 8],
    ]);
  });

  it('passes the Bechdel–Wallace test in the lamp-room scene only', () => {
    expect(report.bechdel.pass).toBe(true);
    expect(report.bechdel.passingScenes).toEqual(['int-lighthouse-lamp-room-dusk']);
    expect(report.bechdel.steps.map((step) => step.pass)).toEqual([true, true, true]);
  });

  it('reports findings with stable ids and places', () => {
    expect(report.findings.map((finding) => [finding.ruleId, finding.range?.start.line])).toEqual([
      ['rep.gender-unknown', undefined],
      ['lang.gendered-job-title', 50],
      ['rep.introduced-by-looks', 117],
    ]);
  });

  it('lints dialogue only when asked', () => {
    const withDialogue = createScreenplayReport(parseFountain(example), { lintDialogue: true });
    expect(withDialogue.findings.filter((finding) => finding.category === 'language').map((finding) => finding.evidence)).toEqual(['workmen', 'weatherman', 'Man up']);
  });
});
