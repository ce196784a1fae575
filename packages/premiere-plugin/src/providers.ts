// Entry of the separate providers bundle (dist/providers.js): the official OpenAI and Replicate SDKs, loaded after
// the panel has drawn itself rather than with it.
export { createModels } from './features/create-models.js';
