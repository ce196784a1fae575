// Imported first by the entry, for its side effect. ES modules run in import order, and the SDKs' modules touch
// TextEncoder and TransformStream as they load, so the polyfills must be in place before any other import runs: a
// statement in the entry's body would run last. This is the only code in the plugin that changes a global.
import { installTextCodec, type CodecScope } from './text-codec/install-text-codec.js';

installTextCodec(globalThis as CodecScope);
