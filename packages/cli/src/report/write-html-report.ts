import { readFile, writeFile } from 'node:fs/promises';
import { reportGenerator } from '@reelkit/core/representation';

/** Why a report was not written, in words for the terminal; undefined when it was. */
export type WriteRefusal = string | undefined;

/**
 * Writes the HTML report. A path the user named with `--out` is theirs to overwrite; the default path is replaced
 * only when the file there was written by `reelkit report`, so a user's own `*.report.html` is never lost.
 */
export async function writeHtmlReport(path: string, html: string, explicit: boolean): Promise<WriteRefusal> {
  if (!explicit) {
    const existing = await readFile(path, 'utf8').catch(() => undefined);
    if (existing !== undefined && !existing.includes(`<meta name="generator" content="${reportGenerator}">`)) {
      return `${path} exists and was not written by reelkit report; pass --out <file> to choose where to write.`;
    }
  }
  await writeFile(path, html, 'utf8');
  return undefined;
}
