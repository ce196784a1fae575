// Public surface of @reelkit/core. Each layer's index.ts is its own surface; this file only re-exports.
export * from './errors/index.js';
export * from './runtime/index.js';
export * from './models/index.js';
export * from './providers/index.js';
export * from './screenplay/index.js';
export * from './text/index.js';
export * from './findings/index.js';
export * from './language/index.js';
export * from './representation/index.js';
export * from './originality/index.js';
export * from './provenance/index.js';
export * from './provenance/media/index.js';
export * from './guard/index.js';
export * from './session/index.js';
export * from './tasks/index.js';
export * from './story/index.js';
export * from './captions/index.js';
