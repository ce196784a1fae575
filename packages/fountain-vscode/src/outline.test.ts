import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { buildFoldingRegions } from './folding-regions.js';
import { buildOutline, type OutlineNode } from './outline.js';

const script = [
  'Title: Test', //                 0
  '', //                            1
  '# Act One', //                   2
  '', //                            3
  '= The setup.', //                4
  '', //                            5
  'INT. HOUSE - DAY #1#', //        6
  '', //                            7
  '= Bob arrives.', //              8
  '', //                            9
  'BOB', //                         10
  'Hi. [[a note', //                11
  'over two lines]]', //           12
  '', //                            13
  'ALICE ^', //                     14
  'Hey.', //                        15
  '', //                            16
  '## Sequence', //                 17
  '', //                            18
  'EXT. PARK - NIGHT', //           19
  '', //                            20
  'Birds.', //                      21
  '', //                            22
  '# Act Two', //                   23
  '', //                            24
  '/* cut', //                      25
  'this */', //                     26
  '', //                            27
  'INT. CAR - LATER', //            28
  '', //                            29
  'Driving.', //                    30
  '',
].join('\n');

const shape = (nodes: readonly OutlineNode[]): unknown[] =>
  nodes.map((node) => ({ name: node.name, detail: node.detail, lines: [node.range.start.line, node.range.end.line], children: shape(node.children) }));

describe('buildOutline', () => {
  it('nests scenes in sections by depth and shows synopses as detail', () => {
    expect(shape(buildOutline(parseFountain(script)))).toEqual([
      {
        name: 'Act One',
        detail: 'The setup.',
        lines: [2, 21],
        children: [
          { name: 'INT. HOUSE - DAY #1#', detail: 'Bob arrives.', lines: [6, 15], children: [] },
          { name: 'Sequence', detail: '', lines: [17, 21], children: [{ name: 'EXT. PARK - NIGHT', detail: '', lines: [19, 21], children: [] }] },
        ],
      },
      { name: 'Act Two', detail: '', lines: [23, 30], children: [{ name: 'INT. CAR - LATER', detail: '', lines: [28, 30], children: [] }] },
    ]);
  });

  it('puts scenes before any section at the top level', () => {
    const outline = buildOutline(parseFountain('EXT. SEA - DAY\n\nWaves.\n\n# Act\n\nINT. SHIP - NIGHT\n\nRocking.\n'));
    expect(outline.map((node) => [node.kind, node.name, node.children.length])).toEqual([
      ['scene', 'EXT. SEA - DAY', 0],
      ['section', 'Act', 1],
    ]);
  });
});

describe('buildFoldingRegions', () => {
  it('folds sections, scenes, multi-line notes and boneyard, and dual dialogue', () => {
    const screenplay = parseFountain(script);
    expect(buildFoldingRegions(screenplay, buildOutline(screenplay))).toEqual([
      { start: 2, end: 21, kind: 'region' },
      { start: 6, end: 15, kind: 'region' },
      { start: 10, end: 15, kind: 'region' },
      { start: 11, end: 12, kind: 'comment' },
      { start: 17, end: 21, kind: 'region' },
      { start: 19, end: 21, kind: 'region' },
      { start: 23, end: 30, kind: 'region' },
      { start: 25, end: 26, kind: 'comment' },
      { start: 28, end: 30, kind: 'region' },
    ]);
  });
});
