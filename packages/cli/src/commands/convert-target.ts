import { basename, dirname, extname, join } from 'node:path';

/** Which way `reelkit convert` goes and where it writes. */
export interface ConvertTarget {
  readonly to: 'fdx' | 'fountain';
  readonly out: string;
}

const fountainExtensions = ['.fountain', '.spmd', '.txt'];

/**
 * The conversion an input file asks for, by its extension: a Fountain file (`.fountain`, `.spmd`, `.txt`) becomes
 * `.fdx`, a Final Draft file `.fountain`, beside the input unless `out` names a file. A sentence saying what is wrong
 * when the extensions do not allow it.
 */
export function resolveConvertTarget(input: string, out: string | undefined): ConvertTarget | string {
  const extension = extname(input).toLowerCase();
  const to = extension === '.fdx' ? 'fountain' : fountainExtensions.includes(extension) ? 'fdx' : undefined;
  if (to === undefined) return `Cannot tell what ${input} is: name a Fountain file (.fountain, .spmd, .txt) or a Final Draft file (.fdx).`;
  if (out === undefined) return { to, out: join(dirname(input), `${basename(input, extname(input))}.${to}`) };
  const outExtension = extname(out).toLowerCase();
  const fits = to === 'fdx' ? outExtension === '.fdx' : fountainExtensions.includes(outExtension);
  if (!fits) return `--out ${out}: a ${to === 'fdx' ? 'Fountain file converts to .fdx' : 'Final Draft file converts to .fountain, .spmd or .txt'}.`;
  return { to, out };
}
