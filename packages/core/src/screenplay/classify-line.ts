// Line tests shared by the body parser. Regexes avoid look-behind: the core must run on iOS.

// Russian scripts write ИНТ./НАТ. (ЭКСТ. also seen) for INT./EXT.
const sceneHeadingPrefix = /^(?:INT\.?\/EXT|EXT\.?\/INT|INT|EXT|EST|I\.?\/E|E\.?\/I|ИНТ\.?\/НАТ|НАТ\.?\/ИНТ|ИНТ|НАТ|ЭКСТ)(?:[.。]|\s)/iu;
const sceneNumberSuffix = /\s*#([\p{L}\p{N}.-]+)#\s*$/u;
const extensionList = /^(?:\s*[(（][^()（）]*[)）])*\s*$/;
const sentencePunctuation = /[。．.!?！？、，,:：;；]/;

/** Starts like a scene heading (`INT.`, `EXT `, `INT./EXT.`, `I/E`, `EST.`, `INT。`), any case. */
export function isSceneHeading(trimmed: string): boolean {
  return startsLikeSceneHeading(trimmed.charCodeAt(0), trimmed.charCodeAt(1)) && sceneHeadingPrefix.test(trimmed);
}

/**
 * Whether a line starting with these two code units could be a scene heading, so the regex runs only then:
 * I, E, И, Н or Э, then N, X, S (or `ſ`, which folds to s), `.`, `/`, Н, А or К, in either case.
 */
export function startsLikeSceneHeading(first: number, second: number): boolean {
  const head = upperCase(first);
  if (head !== 73 && head !== 69 && head !== 0x418 && head !== 0x41d && head !== 0x42d) return false;
  const next = upperCase(second);
  return next === 78 || next === 88 || next === 83 || next === 0x17f || next === 46 || next === 47 || next === 0x41d || next === 0x410 || next === 0x41a;
}

function upperCase(code: number): number {
  return (code >= 97 && code <= 122) || (code >= 0x430 && code <= 0x44f) ? code - 32 : code;
}

/** Splits a trailing `#1A#` scene number off a heading. */
export function splitSceneNumber(heading: string): { text: string; sceneNumber?: string } {
  const trimmed = heading.trimEnd();
  if (trimmed.charCodeAt(trimmed.length - 1) !== 35) return { text: heading };
  const match = sceneNumberSuffix.exec(heading);
  if (!match?.[1]) return { text: heading };
  return { text: heading.slice(0, match.index).trimEnd(), sceneNumber: match[1] };
}

/** Upper case, ends in `TO:` with no trailing space (a trailing space is the spec's way to say "not a transition"). */
export function isTransition(content: string): boolean {
  const trimmed = content.trimStart();
  return trimmed === trimmed.trimEnd() && trimmed.endsWith('TO:') && !hasLowerCase(trimmed);
}

/** A parsed character cue. */
export interface Cue {
  name: string;
  extensions: string[];
  dual: boolean;
  forced: boolean;
  /** The cue as displayed: `@` and `^` removed. */
  text: string;
}

/**
 * Reads a character cue (the caller checks that a non-blank line follows). The name part (before any
 * parenthesis) needs a letter and no lower-case letter; extensions may be lower case (`(cont'd)`).
 * Scripts without letter case (Japanese, Chinese) have no capitals to go by: there a short line with no
 * sentence punctuation counts as a cue.
 */
export function parseCue(trimmed: string): Cue | undefined {
  const forced = trimmed.startsWith('@');
  let body = (forced ? trimmed.slice(1) : trimmed).trim();
  const dual = body.endsWith('^');
  if (dual) body = body.slice(0, -1).trimEnd();
  if (body === '') return undefined;
  const open = firstParenthesis(body);
  const namePart = (open === -1 ? body : body.slice(0, open)).trim();
  const rest = open === -1 ? '' : body.slice(open);
  if (namePart === '') return undefined;
  if (!forced) {
    const cases = letterCases(namePart);
    if (cases === 0 || (cases & lower) !== 0 || (rest !== '' && !extensionList.test(rest))) return undefined;
    if (body.endsWith(':') || body.endsWith('：')) return undefined;
    if ((cases & upper) === 0 && (namePart.length > 24 || sentencePunctuation.test(namePart))) return undefined;
  }
  const extensions = rest === '' ? [] : readExtensions(rest);
  return { name: normaliseCharacterName(namePart), extensions, dual, forced, text: body };
}

/** The key characters are grouped by: upper case, inner whitespace collapsed. */
export function normaliseCharacterName(name: string): string {
  return isNormalName(name) ? name : name.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** ASCII, no lower case, single spaces only inside: already normal (most cues), so no new string is made. */
function isNormalName(name: string): boolean {
  const last = name.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const code = name.charCodeAt(index);
    if (code >= 128 || (code >= 97 && code <= 122) || (code <= 32 && (code !== 32 || index === 0 || index === last || name.charCodeAt(index + 1) <= 32))) return false;
  }
  return true;
}

/**
 * Cheap test on offsets, before any slicing: a line whose name part (before a parenthesis) holds an ASCII
 * lower-case letter is no cue unless forced with `@`. Most action lines fail here on their second letter.
 */
export function mayBeCue(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) === 64) return true;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return false;
    if (code === 40 || code === 0xff08) return true;
  }
  return true;
}

// Bits of `letterCases`.
const upper = 1;
const lower = 2;
const uncased = 4;

/** Which letters a text holds, as `upper | lower | uncased` bits: read off the codes for ASCII, by regex otherwise. */
function letterCases(text: string): number {
  let cases = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 128) return (/\p{Lu}/u.test(text) ? upper : 0) | (/\p{Ll}/u.test(text) ? lower : 0) | (/\p{L}/u.test(text) ? uncased : 0);
    if (code >= 65 && code <= 90) cases |= upper;
    else if (code >= 97 && code <= 122) cases |= lower;
  }
  return cases;
}

function hasLowerCase(text: string): boolean {
  return (letterCases(text) & lower) !== 0;
}

/** The trimmed contents of each innermost `(...)` or `（...）`, left to right. */
function readExtensions(text: string): string[] {
  const extensions: string[] = [];
  let open = -1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 40 || code === 0xff08) open = index;
    else if ((code === 41 || code === 0xff09) && open !== -1) {
      extensions.push(text.slice(open + 1, index).trim());
      open = -1;
    }
  }
  return extensions;
}

function firstParenthesis(text: string): number {
  const ascii = text.indexOf('(');
  const wide = text.indexOf('（');
  if (ascii === -1) return wide;
  if (wide === -1) return ascii;
  return Math.min(ascii, wide);
}
