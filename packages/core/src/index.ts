// Public surface of @reelkit/core. Each layer's index.ts is its own surface; this file only re-exports.
export * from './errors/index.js';
export * from './runtime/index.js';
export * from './models/index.js';
export * from './providers/index.js';
export * from './screenplay/index.js';
export * from './checks/index.js';
export * from './guard/index.js';
export * from './session/index.js';
export * from './tasks/index.js';
export * from './story/index.js';
export * from './captions/index.js';
