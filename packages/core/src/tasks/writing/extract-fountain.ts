const fence = /^\s*(```|~~~)/;
// A first paragraph that talks to the user rather than being script: "Sure! Here's the scene:".
const preamble = /^(sure|certainly|of course|absolutely|okay|ok|great|here(?:'s|’s| is| are)|below is|i've|i have|as requested)\b/i;
// A last paragraph that does the same: "Let me know if you want changes."
const signOff = /^(let me know|i hope|hope this|feel free|would you like|if you(?:'d| would) like|note:|this (?:version|rewrite|scene|keeps))/i;

/** The lines inside fenced code blocks (``` or ~~~), joined by a blank line; undefined when there is no fence. */
function fencedContent(lines: readonly string[]): string | undefined {
  const blocks: string[] = [];
  let open = -1;
  lines.forEach((line, index) => {
    if (!fence.test(line)) return;
    if (open === -1) open = index;
    else {
      blocks.push(lines.slice(open + 1, index).join('\n'));
      open = -1;
    }
  });
  // An unclosed fence (the answer was cut off, or the model forgot) runs to the end.
  if (open !== -1) blocks.push(lines.slice(open + 1).join('\n'));
  return blocks.length === 0 ? undefined : blocks.map((block) => block.trim()).join('\n\n');
}

/** True for a one-line paragraph in sentence case ending in a colon, as a preamble does; `CUT TO:` is upper case. */
const isIntroLine = (paragraph: string): boolean => !paragraph.includes('\n') && paragraph.endsWith(':') && paragraph !== paragraph.toUpperCase();

/**
 * The Fountain in a model's answer: the content of code fences when there are any, else the answer without a
 * chatty first paragraph ("Here's the scene:") or last one ("Let me know if..."). Only whole one-line paragraphs are
 * dropped, so a script's own first or last line is never cut. Trimmed; line endings normalised to `\n`.
 */
export function extractFountain(answer: string): string {
  const lines = answer.replace(/\r\n?/g, '\n').split('\n');
  const fenced = fencedContent(lines);
  if (fenced !== undefined) return fenced;
  const paragraphs = lines.join('\n').trim().split(/\n[ \t]*\n/);
  const first = paragraphs[0]?.trim() ?? '';
  if (paragraphs.length > 1 && !first.includes('\n') && (preamble.test(first) || isIntroLine(first))) paragraphs.shift();
  const last = paragraphs.at(-1)?.trim() ?? '';
  if (paragraphs.length > 1 && !last.includes('\n') && signOff.test(last)) paragraphs.pop();
  return paragraphs.join('\n\n').trim();
}
