import type { Plugin } from 'esbuild';

/** Rewrites the openai SDK's look-behind regex without look-behind, same matches. */
export declare function rewriteOpenAIPathCheck(source: string): string;
/** The esbuild plugin applying it. */
export declare const noLookBehindPlugin: Plugin;
