export { createOpenAI, type OpenAIProvider, type OpenAIProviderSettings } from './openai-provider.js';
