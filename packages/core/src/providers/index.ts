export * from './openai/index.js';
export * from './openai-compatible/index.js';
export * from './policy/index.js';
export { createCallMetadata, createProviderContext, type ProviderContext, type ProviderSettings } from './provider-context.js';
export * from './replicate/index.js';
