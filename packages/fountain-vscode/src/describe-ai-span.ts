import type { LedgerEntry, TrackedSpan } from '@reelkit/core/provenance';

/** The hover of an AI-written span: which model wrote it, when, and how much the writer has changed it since. */
export function describeAiSpan(span: TrackedSpan, entries: readonly LedgerEntry[]): string {
  const placed = entries.find((entry) => entry.id === span.entryId);
  const generationId = placed?.type === 'event' ? placed.source?.entryId : undefined;
  const generation = entries.find((entry) => entry.id === generationId) ?? placed;
  const model = generation?.type === 'event' && generation.model !== undefined ? `${generation.provider ?? 'unknown'}/${generation.model}` : 'an AI model';
  const task = generation?.type === 'event' && generation.actor.name !== undefined ? ` (${generation.actor.name})` : '';
  const time = placed === undefined ? '' : ` on ${placed.time.slice(0, 16).replace('T', ' ')} UTC`;
  const state = span.status === 'intact' ? 'unchanged since' : span.status === 'edited' ? `edited since: ${Math.round(span.editRatio * 100)}% changed` : 'rewritten since';
  return `Written by ${model}${task}${time}; ${state}. Ledger entry ${span.entryId}.`;
}
