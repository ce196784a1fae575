import { parseFountain, type Screenplay } from '@reelkit/core/screenplay';
import { planScriptAssembly, type ScriptAssembly } from '@reelkit/core/tasks/script-assembly';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { readClipWords } from './read-clip-words.js';

/** A first assembly of the selected clips in script order, before anything is built. */
export interface ClipsAssembly {
  readonly screenplay: Screenplay;
  readonly assembly: ScriptAssembly;
  /** The script's title (title page), else "Script". */
  readonly title: string;
}

/**
 * Plans a script-order assembly from the selected clips' transcripts (Premiere's own, else the panel's): the best
 * take of every dialogue line, scene by scene, with the core's `planScriptAssembly`. Clips without a transcript are
 * an error naming them, so no take is silently missing.
 */
export async function planClipsAssembly(host: PremiereHost, files: FileStore, fountain: string, mediaPaths: readonly string[]): Promise<ClipsAssembly> {
  const screenplay = parseFountain(fountain);
  if (screenplay.characters.length === 0) throw new PremiereHostError('The script has no dialogue to assemble.', 'Choose the Fountain script the clips were shot from.');
  const sources = [];
  for (const mediaPath of mediaPaths) sources.push({ id: mediaPath, ...(await readClipWords(host, files, mediaPath)) });
  const language = sources.find((source) => source.language !== undefined)?.language;
  const assembly = planScriptAssembly({ screenplay, sources, ...(language === undefined ? {} : { options: { language } }) });
  const title = screenplay.titlePage.entries.find((entry) => entry.key.toLowerCase() === 'title')?.value.replace(/[_*]/g, '').replace(/\s+/g, ' ').trim();
  return { screenplay, assembly, title: title === undefined || title === '' ? 'Script' : title };
}
