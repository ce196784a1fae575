import type { CaptionCue } from './caption-cue.js';
import { formatTimestamp } from './format-timestamp.js';
import { InvalidCaptionInputError } from './invalid-caption-input-error.js';
import { escapeWebVttText } from './escape-webvtt-text.js';

/** What goes into a WebVTT file besides the cues. */
export interface WebVttWriteOptions {
  /** Text after `WEBVTT` on the first line, e.g. a title. */
  readonly header?: string;
  /** `NOTE` blocks written after the header (comments for people; players ignore them). */
  readonly notes?: readonly string[];
}

/**
 * Writes WebVTT: the `WEBVTT` header, `NOTE` blocks, then each cue as an optional identifier, `00:00:01.000 -->
 * 00:00:02.500` plus its settings, and the lines with `&`, `<` and `>` escaped; blank lines in cue text are dropped.
 * Throws on what would corrupt the file: `-->` or a line break in a header, identifier or settings, an identifier
 * starting with NOTE, STYLE or REGION, and `-->` or a blank line in a note.
 */
export function writeWebVtt(cues: readonly CaptionCue[], options: WebVttWriteOptions = {}): string {
  const header = options.header === undefined || options.header === '' ? 'WEBVTT' : `WEBVTT ${requireSingleLine(options.header, 'header')}`;
  const notes = (options.notes ?? []).map((note) => {
    if (note.includes('-->') || /\n\s*\n|^\s*$/.test(note)) {
      throw new InvalidCaptionInputError('A WebVTT note cannot contain "-->", a blank line or nothing.', 'Remove the arrow or split the note into several.');
    }
    return `NOTE${note.includes('\n') ? '\n' : ' '}${note}`;
  });
  const blocks = cues.map((cue, index) => {
    if (cue.end < cue.start) {
      throw new InvalidCaptionInputError(`Cue ${index + 1} ends (${cue.end} s) before it starts (${cue.start} s).`, 'Fix the cue times before writing.');
    }
    const settings = cue.settings === undefined || cue.settings.trim() === '' ? '' : ` ${requireSingleLine(cue.settings.trim(), 'cue settings')}`;
    const timing = `${formatTimestamp(cue.start, '.')} --> ${formatTimestamp(cue.end, '.')}${settings}`;
    const lines = cue.lines.flatMap((line) => line.split(/\r\n|\r|\n/)).filter((line) => line.trim() !== '').map(escapeWebVttText);
    if (cue.id !== undefined && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(cue.id)) {
      // A block that starts with one of these words is not a cue, so the cue would vanish.
      throw new InvalidCaptionInputError(`A WebVTT cue identifier cannot start with NOTE, STYLE or REGION: "${cue.id}".`, 'Choose another identifier.');
    }
    return [...(cue.id === undefined || cue.id === '' ? [] : [requireSingleLine(cue.id, 'cue identifier')]), timing, ...lines].join('\n');
  });
  return `${[header, ...notes, ...blocks].join('\n\n')}\n`;
}

function requireSingleLine(value: string, what: string): string {
  if (value.includes('-->') || /[\r\n]/.test(value)) {
    throw new InvalidCaptionInputError(`A WebVTT ${what} cannot contain "-->" or a line break: "${value}".`, `Shorten the ${what} to one line without an arrow.`);
  }
  return value;
}
