import type { BuildOptions } from 'esbuild';

/** The repository root, with a trailing slash. */
export declare const root: string;
/** Options every bundle shares. */
export declare const common: BuildOptions;
/** Every bundle `npm run build` makes, by name. */
export declare const bundles: ReadonlyArray<BuildOptions & { name: string }>;
/** Files `npm run build` copies as they are: `from` a module specifier, `to` a path under the repo. */
export declare const copiedFiles: ReadonlyArray<{ from: string; to: string }>;
