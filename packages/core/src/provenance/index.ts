// Provenance: ledger, span tracking, verification, disclosure. Media manifests (C2PA) are their own subpath, `./media`,
// so code that keeps a ledger does not load the C2PA library.
export { computeAiShare, type AiShare, type SectionShare, type ShareCounts, type TextSection } from './ai-share.js';
export { createDisclosure, type DisclosedModel, type DisclosureData, type DisclosureStatement } from './create-disclosure.js';
export { createLedgerRecorder, type LedgerRecorderOptions } from './create-ledger-recorder.js';
export { markdownSections, sceneSections } from './document-sections.js';
export { boundedEditDistance, findApproximate, type ApproximateMatch } from './edit-distance.js';
export { createEntryIdGenerator, type EntryIdGenerator } from './entry-id.js';
export { filterParameters } from './filter-parameters.js';
export { hashEntry } from './hash-entry.js';
export {
  ledgerGenesis,
  type CheckpointEntry,
  type ChecksSummary,
  type JsonValue,
  type LedgerActor,
  type LedgerEntry,
  type LedgerEntryBase,
  type LedgerSource,
  type ProvenanceEvent,
  type PublicSigningKey,
} from './ledger-entry.js';
export { LedgerError, type LedgerErrorReason } from './ledger-error.js';
export type { LedgerIssue, LedgerIssueKind, LedgerIssueSeverity } from './ledger-issue.js';
export {
  createMemorySigningKeyStore,
  jwkThumbprint,
  loadLedgerSigner,
  verifySignature,
  type LedgerSigner,
  type SigningKeyStore,
  type StoredSigningKey,
} from './ledger-signer.js';
export { createMemoryLedgerStore, type LedgerStore, type MemoryLedgerStore } from './ledger-store.js';
export { locateSpan, type LocateSpanOptions, type SpanLocation, type SpanLocationMethod } from './locate-span.js';
export { diffToEdit, mapRangeThroughEdits, type OffsetRange } from './map-through-edits.js';
export { openLedger, type Ledger, type OpenLedgerOptions, type ProvenanceEventInput } from './open-ledger.js';
export { parseLedger, type LedgerLine, type ParsedLedger, type TornLine } from './parse-ledger.js';
export { createPromptKey, digestPrompt } from './prompt-digest.js';
export type { GenerationPlacement, GenerationRecordInput, PlacementRecordInput, ProvenanceRecorder } from './provenance-recorder.js';
export {
  c2paActions,
  digitalSourceTypes,
  iptcDigitalSourceTypeBase,
  isAiSourceType,
  isC2paAction,
  isDigitalSourceType,
  type C2paAction,
  type DigitalSourceType,
} from './provenance-vocabulary.js';
export { readLedgerEntry } from './read-ledger-entry.js';
export { recoverLedger, type LedgerRecovery } from './recover-ledger.js';
export { summarizeFindings } from './summarize-findings.js';
export { createTextSpan, defaultSpanContext, type TextSpan } from './text-span.js';
export { spansFromLedger, trackSpans, type TextChange, type TrackedSpan, type TrackSpansOptions } from './track-spans.js';
export { verifyLedger, type LedgerVerification, type VerifyLedgerOptions } from './verify-ledger.js';
