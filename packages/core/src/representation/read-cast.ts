import type { Screenplay } from '../screenplay/screenplay.js';
import type { Position, SourceRange } from '../text/source-range.js';
import type { Cast, CastMember, CastProblem } from './cast-member.js';
import { normalizeGender } from './normalize-gender.js';
import { normalizeName } from './normalize-name.js';

// A boneyard block whose first word is "Cast": it never prints, every Fountain app keeps it, and it travels inside
// the script, so the CLI, VS Code and Obsidian all read the same declaration from the text they already have.
const castHeader = /^\s*cast\s*:?\s*(?:\n|$)/i;
const fieldNames = new Set(['gender', 'age', 'groups', 'group', 'aka', 'voice']);

/**
 * Reads every `/* Cast ... *\/` block of a script. Each line is `NAME: field value; field value` with the fields
 * `gender`, `age`, `groups` (comma-separated), `aka` (other cue names, comma-separated) and `voice` (the dubbing
 * voice); ` // …` is a comment.
 * Lines it cannot read are reported as problems, never thrown.
 */
export function readCast(screenplay: Screenplay): Cast {
  const members: CastMember[] = [];
  const problems: CastProblem[] = [];
  for (const annotation of screenplay.annotations) {
    if (annotation.kind !== 'boneyard') continue;
    const header = castHeader.exec(annotation.text);
    if (header === null) continue;
    // The text starts after the two-character `/*` marker.
    const origin = advance(annotation.range.start, '/*');
    let cursor = advance(origin, annotation.text.slice(0, header[0].length));
    for (const line of annotation.text.slice(header[0].length).split('\n')) {
      const range = { start: cursor, end: advance(cursor, line.replace(/\r$/, '')) };
      cursor = advance(cursor, `${line}\n`);
      // ` // …` to the end of a line is a comment: a proposal's evidence, the writer's own note.
      const comment = line.indexOf('//');
      const content = comment === -1 ? line : line.slice(0, comment);
      if (content.trim() === '') continue;
      const member = parseCastLine(content, range);
      if (typeof member === 'string') problems.push({ message: member, range });
      else members.push(member);
    }
  }
  return { members, problems };
}

function parseCastLine(line: string, range: SourceRange): CastMember | string {
  const colon = line.indexOf(':');
  if (colon <= 0) return `Cast line "${line.trim()}" needs a name, a colon and fields, e.g. "MARA: gender female; age 30s".`;
  const name = normalizeName(line.slice(0, colon));
  let gender: string | undefined;
  let age: string | undefined;
  let voice: string | undefined;
  const groups: string[] = [];
  const aliases: string[] = [];
  for (const part of line.slice(colon + 1).split(';')) {
    const field = /^\s*([A-Za-z]+)\s*:?\s*(.*?)\s*$/.exec(part);
    if (field === null || part.trim() === '') continue;
    const key = (field[1] ?? '').toLowerCase();
    const value = field[2] ?? '';
    if (!fieldNames.has(key)) return `Cast line for ${name} has an unknown field "${key}"; use gender, age, groups, aka or voice.`;
    if (key === 'gender') gender = normalizeGender(value);
    else if (key === 'age') age = value;
    else if (key === 'aka') aliases.push(...splitList(value).map(normalizeName));
    else if (key === 'voice') voice = value;
    else groups.push(...splitList(value));
  }
  return { name, aliases, ...(gender === undefined || gender === '' ? {} : { gender }), ...(age === undefined || age === '' ? {} : { age }), groups, ...(voice === undefined || voice === '' ? {} : { voice }), range };
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The position after `text`, counting UTF-16 code units like the parser. */
function advance(position: Position, text: string): Position {
  let { line, column, offset } = position;
  for (const character of text) {
    const units = character.length;
    offset += units;
    if (character === '\n') {
      line += 1;
      column = 0;
    } else column += units;
  }
  return { line, column, offset };
}
