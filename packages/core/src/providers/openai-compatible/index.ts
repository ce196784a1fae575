export { createOpenAICompatible, type OpenAICompatibleProvider, type OpenAICompatibleProviderSettings } from './openai-compatible-provider.js';
export type { EmbeddingEncoding } from '../openai/openai-embedding-model.js';
