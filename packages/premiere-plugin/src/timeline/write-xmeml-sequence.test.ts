import { describe, expect, it } from 'vitest';
import { checkWellFormed } from '../provenance/__fixtures__/check-well-formed.js';
import { frameRates } from '../time/frame-rate.js';
import { writeXmemlSequence } from './write-xmeml-sequence.js';

const cuts = [
  { label: 'The kiss', sourceStart: 61, sourceEnd: 63.5, planStart: 0, planEnd: 2.5, note: 'Fits the profile at 0.91; the best match.' },
  { label: 'Door <slam> & run', sourceStart: 5, sourceEnd: 6, planStart: 2.5, planEnd: 3.5 },
];

describe('writeXmemlSequence', () => {
  it('writes a well-formed FCP 7 XML sequence: clip items on V1 and A1 at 29.97, markers with notes', () => {
    const xml = writeXmemlSequence({ name: 'Trailer for fans', rate: frameRates['29.97 NDF'], cuts, mediaPath: 'C:\\Media\\Reel 1.mov' });
    expect(checkWellFormed(xml)).toEqual([]);
    const lines = xml.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xmeml version="4">',
      ' <sequence id="sequence-1">',
      '  <name>Trailer for fans</name>',
      // 3.5 s at 30000/1001 fps is 104.895 frames.
      '  <duration>105</duration>',
      '  <rate><timebase>30</timebase><ntsc>TRUE</ntsc></rate>',
    ]);
    expect(lines.filter((line) => line.includes('<start>') || line.includes('<in>')).map((line) => line.trim())).toEqual([
      '<in>0</in><out>-1</out>',
      '<in>75</in><out>-1</out>',
      '<start>0</start><end>75</end>',
      '<in>1828</in><out>1903</out>',
      '<start>75</start><end>105</end>',
      '<in>150</in><out>180</out>',
      '<start>0</start><end>75</end>',
      '<in>1828</in><out>1903</out>',
      '<start>75</start><end>105</end>',
      '<in>150</in><out>180</out>',
    ]);
    expect(xml).toContain('<file id="source-1"><name>Reel 1.mov</name><pathurl>file://localhost/C:/Media/Reel%201.mov</pathurl>');
    expect(xml.match(/<file id="source-1"\/>/g)).toHaveLength(3);
    expect(xml).toContain('<name>Door &lt;slam&gt; &amp; run</name>');
  });

  it('writes markers only for a plan from a script not yet shot', () => {
    const xml = writeXmemlSequence({ name: 'Plan', rate: frameRates['25'], cuts });
    expect(checkWellFormed(xml)).toEqual([]);
    expect(xml).not.toContain('<clipitem');
    expect(xml.match(/<marker>/g)).toHaveLength(2);
    expect(xml).toContain('<rate><timebase>25</timebase><ntsc>FALSE</ntsc></rate>');
  });

  it('describes each of several clips once, and writes the markers it is given instead of one per cut', () => {
    const xml = writeXmemlSequence({
      name: 'Assembly',
      rate: frameRates['25'],
      cuts: [
        { label: 'MARA 1', sourceStart: 1, sourceEnd: 2, planStart: 0, planEnd: 1, mediaPath: '/media/A.mov' },
        { label: 'TOM 1', sourceStart: 4, sourceEnd: 5, planStart: 1, planEnd: 2, mediaPath: '/media/B.mov' },
        { label: 'MARA 2', sourceStart: 8, sourceEnd: 9, planStart: 2, planEnd: 3, mediaPath: '/media/A.mov' },
      ],
      markers: [{ name: 'INT. LIGHTHOUSE - NIGHT', note: '', planStart: 0 }],
    });
    expect(checkWellFormed(xml)).toEqual([]);
    expect(xml.match(/<file id="[^"]+"(\/)?>/g)).toEqual(['<file id="source-1">', '<file id="source-2">', '<file id="source-1"/>', '<file id="source-1"/>', '<file id="source-2"/>', '<file id="source-1"/>']);
    expect(xml.match(/<marker>\n {4}<name>[^<]*/g)).toEqual(['<marker>\n    <name>INT. LIGHTHOUSE - NIGHT']);
  });
});
