// Creative tasks and the guarded pipeline every task goes through.
export * from './guarded/index.js';
export * from './writing/index.js';
export * from './prompts/index.js';
export * from './media/index.js';
export * from './media-prompts/index.js';
