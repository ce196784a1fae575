export { createOpenAICompatible, type OpenAICompatibleProvider, type OpenAICompatibleProviderSettings } from './openai-compatible-provider.js';
