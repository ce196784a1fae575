export type { Finding, FindingCategory, FindingSeverity } from './finding.js';
export { wordTokens, type WordToken } from './word-tokens.js';
export * from './bias/index.js';
export * from './provenance/index.js';
export * from './provenance/media/index.js';
export * from './originality/index.js';
