// Findings: what every check returns — data, never exceptions.
export type { Finding, FindingCategory, FindingSeverity } from './finding.js';
