// Creative tasks; each runs on guarded models (`../guard`).
export * from './writing/index.js';
export * from './prompts/index.js';
export * from './scene/index.js';
export * from './storyboard/index.js';
export * from './music/index.js';
export * from './video/index.js';
export * from './captions/index.js';
export * from './translation/index.js';
export * from './dubbing/index.js';
export * from './descriptions/index.js';
export * from './highlights/index.js';
export * from './batch/index.js';
export * from './media-prompts/index.js';
