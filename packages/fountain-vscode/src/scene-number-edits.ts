import type { Screenplay, TextEdit } from '@reelkit/core/screenplay';

/** `number` writes 1, 2, 3… in the script's own format; `remove` deletes every scene number. */
export type SceneNumbering = 'number' | 'remove';

/** The format of existing scene numbers: `#12#`, `#012#`, `#SC12.#` keep their padding, prefix and suffix. */
interface NumberFormat {
  readonly prefix: string;
  readonly suffix: string;
  readonly width: number;
}

const trailingNumber = /\s*#([^#\n]*)#\s*$/u;

/**
 * Edits that renumber every scene heading in order (or remove the numbers), reading each heading line through
 * `lineText`. Headings already right are left alone, so applying the edits in one `WorkspaceEdit` is one undo step.
 */
export function planSceneNumberEdits(screenplay: Screenplay, lineText: (line: number) => string, numbering: SceneNumbering): TextEdit[] {
  const headings = screenplay.elements.filter((element) => element.kind === 'scene-heading');
  const format = detectFormat(headings.map((heading) => heading.sceneNumber));
  const edits: TextEdit[] = [];
  headings.forEach((heading, index) => {
    const text = lineText(heading.range.start.line);
    const lineStart = heading.range.start.offset - heading.range.start.column;
    const existing = trailingNumber.exec(text);
    const kept = existing ? text.slice(0, existing.index) : text.trimEnd();
    const wanted = numbering === 'remove' ? '' : ` #${format.prefix}${String(index + 1).padStart(format.width, '0')}${format.suffix}#`;
    const current = text.slice(kept.length).trimEnd();
    if (current === wanted) return;
    edits.push({ offset: lineStart + kept.length, length: current.length, text: wanted });
  });
  return edits;
}

function detectFormat(numbers: readonly (string | undefined)[]): NumberFormat {
  for (const number of numbers) {
    const match = /^(\D*)(\d+)(\D*)$/u.exec(number ?? '');
    if (match) {
      const digits = match[2] as string;
      return { prefix: match[1] as string, suffix: match[3] as string, width: digits.startsWith('0') ? digits.length : 1 };
    }
  }
  return { prefix: '', suffix: '', width: 1 };
}
