// Creative tasks; each runs on guarded models (`../guard`).
export * from './writing/index.js';
export * from './prompts/index.js';
export * from './media/index.js';
export * from './media-prompts/index.js';
