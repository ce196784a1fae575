import type { Plugin } from 'esbuild';

/** Rewrites @cfworker/json-schema's load-time base URI to the one it uses outside browsers. */
export declare function rewriteWorkerBaseUri(source: string): string;
/** The esbuild plugin applying it. */
export declare const workerBaseUriPlugin: Plugin;
