export { defaultReplicateModels, type ReplicateModelSetting, type ReplicateModelSettings } from './replicate-default-models.js';
export { formatReplicateModelRef, parseReplicateModelRef, type ReplicateModelRef } from './replicate-model-ref.js';
export { createReplicate, type ReplicateProvider, type ReplicateProviderSettings } from './replicate-provider.js';
