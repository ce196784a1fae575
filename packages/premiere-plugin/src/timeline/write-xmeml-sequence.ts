import { escapeXml } from '../provenance/escape-xml.js';
import { timecodeBase, type FrameRate } from '../time/frame-rate.js';
import { fileNameOf } from '../paths/file-name-of.js';

/** One beat of a cut: a stretch of the source placed at a time in the new sequence, in seconds. */
export interface PlannedCut {
  readonly label: string;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly planStart: number;
  readonly planEnd: number;
  readonly note?: string;
}

/** A plan to write as a sequence file. */
export interface XmemlSequence {
  readonly name: string;
  readonly rate: FrameRate;
  readonly cuts: readonly PlannedCut[];
  /** The media the cuts come from; without it (a plan from a script not yet shot) only markers are written. */
  readonly mediaPath?: string;
}

/** A native path as the `file://localhost/...` URL Final Cut Pro 7 XML uses. */
function pathUrl(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return `file://localhost${slashed.startsWith('/') ? '' : '/'}${encodeURI(slashed)}`;
}

/**
 * A Final Cut Pro 7 XML (xmeml v4) sequence of a plan: one clip item per cut on V1 and A1 when the source media is
 * known, and a sequence marker per cut with its note. Premiere reads this format through File → Import (it does not
 * read FCP X's .fcpxml), and its UXP API cannot build a sequence from data, hence a file.
 */
export function writeXmemlSequence(sequence: XmemlSequence): string {
  const fps = sequence.rate.numerator / sequence.rate.denominator;
  const frame = (seconds: number): number => Math.round(seconds * fps);
  const rate = ['<rate>', `<timebase>${timecodeBase(sequence.rate)}</timebase>`, `<ntsc>${sequence.rate.denominator === 1001 ? 'TRUE' : 'FALSE'}</ntsc>`, '</rate>'].join('');
  const duration = sequence.cuts.reduce((end, cut) => Math.max(end, frame(cut.planEnd)), 0);
  const fileName = sequence.mediaPath === undefined ? '' : fileNameOf(sequence.mediaPath);
  const clipItems = (kind: 'video' | 'audio'): string[] =>
    sequence.mediaPath === undefined
      ? []
      : sequence.cuts.map((cut, index) => {
          // The file is described once, on the first clip item; the others refer to it by id.
          const file =
            index === 0 && kind === 'video'
              ? `<file id="source-1"><name>${escapeXml(fileName)}</name><pathurl>${escapeXml(pathUrl(sequence.mediaPath ?? ''))}</pathurl>${rate}</file>`
              : '<file id="source-1"/>';
          return [
            `      <clipitem id="${kind}-${index + 1}">`,
            `       <name>${escapeXml(cut.label)}</name>`,
            `       ${rate}`,
            `       <start>${frame(cut.planStart)}</start><end>${frame(cut.planEnd)}</end>`,
            `       <in>${frame(cut.sourceStart)}</in><out>${frame(cut.sourceEnd)}</out>`,
            `       ${file}`,
            '      </clipitem>',
          ].join('\n');
        });
  const markers = sequence.cuts.map((cut) =>
    [
      '   <marker>',
      `    <name>${escapeXml(cut.label)}</name>`,
      `    <comment>${escapeXml(cut.note ?? '')}</comment>`,
      `    <in>${frame(cut.planStart)}</in><out>-1</out>`,
      '   </marker>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xmeml version="4">',
    ' <sequence id="sequence-1">',
    `  <name>${escapeXml(sequence.name)}</name>`,
    `  <duration>${duration}</duration>`,
    `  ${rate}`,
    ...markers,
    '  <media>',
    '   <video>',
    '    <track>',
    ...clipItems('video'),
    '    </track>',
    '   </video>',
    '   <audio>',
    '    <track>',
    ...clipItems('audio'),
    '    </track>',
    '   </audio>',
    '  </media>',
    ' </sequence>',
    '</xmeml>',
    '',
  ].join('\n');
}
