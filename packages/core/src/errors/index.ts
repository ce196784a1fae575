export { AbortError } from './abort-error.js';
export { ApiCallError, type ApiCallErrorOptions } from './api-call-error.js';
export { InvalidResponseError } from './invalid-response-error.js';
export { MissingApiKeyError } from './missing-api-key-error.js';
export { ReelkitError, type ReelkitErrorCode, type ReelkitErrorOptions } from './reelkit-error.js';
export { SchemaMismatchError, type SchemaIssue } from './schema-mismatch-error.js';
export { TimeoutError, type TimeoutKind } from './timeout-error.js';
export { UnsupportedCapabilityError } from './unsupported-capability-error.js';
