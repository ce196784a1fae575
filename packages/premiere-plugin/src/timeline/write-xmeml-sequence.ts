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
  /** This cut's media, when a plan draws on several clips (a script assembly); the sequence's `mediaPath` otherwise. */
  readonly mediaPath?: string;
}

/** A plan to write as a sequence file. */
export interface XmemlSequence {
  readonly name: string;
  readonly rate: FrameRate;
  readonly cuts: readonly PlannedCut[];
  /** The media the cuts come from; without it (a plan from a script not yet shot) only markers are written. */
  readonly mediaPath?: string;
  /** Sequence markers; one per cut, named after it, when omitted (a rough cut passes none: its cuts are many). */
  readonly markers?: readonly { readonly name: string; readonly note: string; readonly planStart: number }[];
}

/** A native path as the `file://localhost/...` URL Final Cut Pro 7 XML uses. */
function pathUrl(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return `file://localhost${slashed.startsWith('/') ? '' : '/'}${encodeURI(slashed)}`;
}

/**
 * A Final Cut Pro 7 XML (xmeml v4) sequence of a plan: one clip item per cut on V1 and A1 when its media is known,
 * and a sequence marker per cut with its note. Premiere reads this format through `Project.importFiles` and File →
 * Import (not FCP X's .fcpxml): the route for Premiere 25.6–26.2, whose UXP API cannot make subclips.
 */
export function writeXmemlSequence(sequence: XmemlSequence): string {
  const fps = sequence.rate.numerator / sequence.rate.denominator;
  const frame = (seconds: number): number => Math.round(seconds * fps);
  const rate = ['<rate>', `<timebase>${timecodeBase(sequence.rate)}</timebase>`, `<ntsc>${sequence.rate.denominator === 1001 ? 'TRUE' : 'FALSE'}</ntsc>`, '</rate>'].join('');
  const duration = sequence.cuts.reduce((end, cut) => Math.max(end, frame(cut.planEnd)), 0);
  const fileIds = new Map<string, string>();
  for (const cut of sequence.cuts) {
    const path = cut.mediaPath ?? sequence.mediaPath;
    if (path !== undefined && !fileIds.has(path)) fileIds.set(path, `source-${fileIds.size + 1}`);
  }
  const described = new Set<string>();
  const clipItems = (kind: 'video' | 'audio'): string[] =>
    sequence.cuts.flatMap((cut, index) => {
      const path = cut.mediaPath ?? sequence.mediaPath;
      if (path === undefined) return [];
      const id = fileIds.get(path) ?? 'source-1';
      // Each file is described once, on the first clip item using it; the others refer to it by id.
      const file = described.has(id) ? `<file id="${id}"/>` : `<file id="${id}"><name>${escapeXml(fileNameOf(path))}</name><pathurl>${escapeXml(pathUrl(path))}</pathurl>${rate}</file>`;
      described.add(id);
      return [
        [
          `      <clipitem id="${kind}-${index + 1}">`,
          `       <name>${escapeXml(cut.label)}</name>`,
          `       ${rate}`,
          `       <start>${frame(cut.planStart)}</start><end>${frame(cut.planEnd)}</end>`,
          `       <in>${frame(cut.sourceStart)}</in><out>${frame(cut.sourceEnd)}</out>`,
          `       ${file}`,
          '      </clipitem>',
        ].join('\n'),
      ];
    });
  const markers = (sequence.markers ?? sequence.cuts.map((cut) => ({ name: cut.label, note: cut.note ?? '', planStart: cut.planStart }))).map((marker) =>
    [
      '   <marker>',
      `    <name>${escapeXml(marker.name)}</name>`,
      `    <comment>${escapeXml(marker.note)}</comment>`,
      `    <in>${frame(marker.planStart)}</in><out>-1</out>`,
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
