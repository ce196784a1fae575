import { Utf8TextDecoder, Utf8TextEncoder } from './utf8-text-codec.js';

/** The globals the SDKs need that some UXP versions lack. */
export interface CodecScope {
  TextEncoder?: unknown;
  TextDecoder?: unknown;
  TransformStream?: unknown;
}

/**
 * Adds TextEncoder/TextDecoder to `scope` where they are missing, and a TransformStream placeholder: the replicate
 * SDK's vendored event-stream parser subclasses TransformStream when its module loads, which would stop the whole
 * bundle from loading; Reelkit never streams from Replicate, so the placeholder only has to exist. Returns what it added.
 */
export function installTextCodec(scope: CodecScope): string[] {
  const added: string[] = [];
  if (typeof scope.TextEncoder !== 'function') {
    scope.TextEncoder = Utf8TextEncoder;
    added.push('TextEncoder');
  }
  if (typeof scope.TextDecoder !== 'function') {
    scope.TextDecoder = Utf8TextDecoder;
    added.push('TextDecoder');
  }
  if (typeof scope.TransformStream !== 'function') {
    scope.TransformStream = class MissingTransformStream {
      constructor() {
        throw new TypeError('Streams are not available in this version of Premiere; Reelkit does not stream from Replicate.');
      }
    };
    added.push('TransformStream');
  }
  return added;
}
