export { canonicalJson } from './canonical-json.js';
export { abortableSleep } from './abortable-sleep.js';
export { createHasher, type Hasher } from './hasher.js';
export { createLeveledLogger, silentLogger, type LogFields, type LogLevel, type Logger } from './logger.js';
export { createRuntime, type FetchFunction, type Runtime } from './runtime.js';
export { createSecretRedactor, type SecretRedactor } from './secret-redactor.js';
export { base64ToBytes, bytesToBase64 } from './base64.js';
export { sniffMediaType } from './sniff-media-type.js';
export { omitUndefined, type OmitUndefined } from './omit-undefined.js';
