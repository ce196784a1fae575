// Line tests shared by the body parser. Regexes avoid look-behind: the core must run on iOS.

// Russian scripts write ИНТ./НАТ. (ЭКСТ. also seen) for INT./EXT.
const sceneHeadingPrefix = /^(?:INT\.?\/EXT|EXT\.?\/INT|INT|EXT|EST|I\.?\/E|E\.?\/I|ИНТ\.?\/НАТ|НАТ\.?\/ИНТ|ИНТ|НАТ|ЭКСТ)(?:[.。]|\s)/iu;
const sceneNumberSuffix = /\s*#([\p{L}\p{N}.-]+)#\s*$/u;
const extensionList = /^(?:\s*[(（][^()（）]*[)）])*\s*$/;
const extensionItem = /[(（]([^()（）]*)[)）]/g;
const sentencePunctuation = /[。．.!?！？、，,:：;；]/;

/** A line that separates blocks: empty or whitespace only. */
export function isBlank(content: string): boolean {
  return content.trim() === '';
}

/** A whitespace-only line of two or more characters: inside dialogue it keeps the speech going. */
export function isSpacer(content: string): boolean {
  return content.length >= 2 && content.trim() === '';
}

/** `===` or more, nothing else. */
export function isPageBreak(trimmed: string): boolean {
  if (trimmed.length < 3) return false;
  for (let index = 0; index < trimmed.length; index += 1) if (trimmed[index] !== '=') return false;
  return true;
}

/** Starts like a scene heading (`INT.`, `EXT `, `INT./EXT.`, `I/E`, `EST.`, `INT。`), any case. */
export function isSceneHeading(trimmed: string): boolean {
  return sceneHeadingPrefix.test(trimmed);
}

/** Splits a trailing `#1A#` scene number off a heading. */
export function splitSceneNumber(heading: string): { text: string; sceneNumber?: string } {
  const match = sceneNumberSuffix.exec(heading);
  if (!match?.[1]) return { text: heading };
  return { text: heading.slice(0, match.index).trimEnd(), sceneNumber: match[1] };
}

/** Upper case, ends in `TO:` with no trailing space (a trailing space is the spec's way to say "not a transition"). */
export function isTransition(content: string): boolean {
  const trimmed = content.trimStart();
  return trimmed === trimmed.trimEnd() && trimmed.endsWith('TO:') && !/\p{Ll}/u.test(trimmed);
}

/** A whole-line parenthetical, ASCII or full-width brackets. */
export function isParenthetical(trimmed: string): boolean {
  return (trimmed.startsWith('(') || trimmed.startsWith('（')) && (trimmed.endsWith(')') || trimmed.endsWith('）'));
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
    if (!/\p{L}/u.test(namePart) || /\p{Ll}/u.test(namePart) || !extensionList.test(rest)) return undefined;
    if (body.endsWith(':') || body.endsWith('：')) return undefined;
    if (!/\p{Lu}/u.test(namePart) && (namePart.length > 24 || sentencePunctuation.test(namePart))) return undefined;
  }
  const extensions = Array.from(rest.matchAll(extensionItem), (match) => (match[1] ?? '').trim());
  return { name: normaliseCharacterName(namePart), extensions, dual, forced, text: body };
}

/** The key characters are grouped by: upper case, inner whitespace collapsed. */
export function normaliseCharacterName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toUpperCase();
}

function firstParenthesis(text: string): number {
  const ascii = text.indexOf('(');
  const wide = text.indexOf('（');
  if (ascii === -1) return wide;
  if (wide === -1) return ascii;
  return Math.min(ascii, wide);
}
