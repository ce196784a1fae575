import { defaultPriceTable, estimateCost, findModelPrice, type PriceTable } from '../models/price-table.js';
import type { Usage } from '../models/usage.js';
import { InvalidStoryInputError } from './invalid-story-input-error.js';
import { applicableProgressions, type StoryPoint } from './applicable-progressions.js';
import type { ContextPreview, CutEntry, IncludedEntry, InclusionReason, SkippedEntry } from './context-preview.js';
import { estimatePromptTokens, type TokenCounter } from './estimate-prompt-tokens.js';
import type { MentionIndex } from './mention-index.js';
import { renderEntry } from './render-entry.js';
import type { StoryEntry } from './story-entry.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** The model a context is priced for. */
export interface ContextCostModel {
  readonly provider: string;
  readonly modelId: string;
  /** Defaults to `defaultPriceTable`. */
  readonly priceTable?: PriceTable;
  /** Tokens of the rest of the prompt (instructions, the scene itself), added to the input. */
  readonly promptTokens?: number;
  /** Tokens the answer is expected to take. */
  readonly expectedOutputTokens?: number;
}

/** What to assemble context for. */
export interface ContextRequest {
  readonly entries: readonly StoryEntry[];
  readonly index: MentionIndex;
  /** The cursor: a section id and an offset in it (default: the section's end). */
  readonly cursor: { readonly sectionId: string; readonly offset?: number };
  readonly budgetTokens: number;
  /** Ids of entries the user pinned for this request (how `manual` entries get in). */
  readonly pinned?: readonly string[];
  /** Scene ids in story order, for progressions; defaults to the index's section order. */
  readonly sceneOrder?: readonly string[];
  /** Defaults to `estimatePromptTokens`. */
  readonly countTokens?: TokenCounter;
  readonly model?: ContextCostModel;
}

const separator = '\n\n';

/**
 * Assembles the story-bible context for a cursor: entries mentioned up to the cursor (most recent first), then the
 * pinned, then `always` entries, then entries one link away from those; `never` and private entries are skipped.
 * Entries that do not fit the token budget are cut, later ones first in effect, and a smaller later entry may still
 * fill the room left. Returns a preview of exactly what is sent, why, what was left out and the cost.
 */
export function assembleContext(request: ContextRequest): ContextPreview {
  const sections = request.index.sections;
  const sectionIndex = sections.findIndex((section) => section.id === request.cursor.sectionId);
  const cursorSection = sections[sectionIndex];
  if (cursorSection === undefined) {
    throw new InvalidStoryInputError(`The cursor's section "${request.cursor.sectionId}" is not in the mention index.`, 'Index the document before assembling context.');
  }
  const cursorOffset = Math.min(request.cursor.offset ?? cursorSection.length, cursorSection.length);
  const byId = new Map(request.entries.map((entry) => [entry.id, entry]));
  const sceneOrder = request.sceneOrder ?? sections.map((section) => section.id);
  const point: StoryPoint = {
    sceneOrder,
    sceneIndex: sceneOrder.indexOf(cursorSection.id),
    offset: cursorSection.offset + cursorOffset,
  };

  const candidates: { entry: StoryEntry; reason: InclusionReason }[] = [];
  const skipped: SkippedEntry[] = [];
  const considered = new Set<string>();
  const pinned = new Set(request.pinned ?? []);
  const consider = (entryId: string, reason: InclusionReason): void => {
    const entry = byId.get(entryId);
    if (entry === undefined || considered.has(entryId)) return;
    considered.add(entryId);
    const manualBlocked = entry.contextMode === 'manual' && !pinned.has(entryId);
    const why = entry.private === true ? 'private' : entry.contextMode === 'never' ? 'never' : manualBlocked ? 'manual-not-pinned' : undefined;
    if (why === undefined) candidates.push({ entry, reason });
    else skipped.push({ entryId, name: entry.name, why, reason });
  };

  // Most recent mention first: walk back from the cursor.
  for (let index = sectionIndex; index >= 0; index -= 1) {
    const section = sections[index];
    if (section === undefined) continue;
    const mentions = section.mentions.filter((mention) => index < sectionIndex || mention.end <= cursorOffset);
    for (let position = mentions.length - 1; position >= 0; position -= 1) {
      const mention = mentions[position];
      if (mention === undefined) continue;
      consider(mention.entryId, { kind: 'mentioned', sectionId: section.id, text: `mentioned in ${section.label}` });
    }
  }
  for (const entryId of pinned) consider(entryId, { kind: 'pinned', text: 'pinned' });
  for (const entry of request.entries) if (entry.contextMode === 'always') consider(entry.id, { kind: 'always', text: 'always' });
  for (const { entry } of [...candidates]) {
    for (const linkedId of entry.links) consider(linkedId, { kind: 'linked', fromEntryId: entry.id, text: `linked from ${entry.name}` });
  }

  const countTokens = request.countTokens ?? estimatePromptTokens;
  const separatorTokens = countTokens(separator);
  const included: IncludedEntry[] = [];
  const blocks: string[] = [];
  const cut: CutEntry[] = [];
  const cutIds = new Set<string>();
  // Tokens are summed block by block (linear, not a recount of the growing text); tokenizers count a concatenation
  // at most as the sum of its parts in practice, and the final count below is checked again all the same.
  let used = 0;
  for (const { entry, reason } of candidates) {
    const linkedFrom = reason.kind === 'linked' ? byId.get(reason.fromEntryId) : undefined;
    if (linkedFrom !== undefined && cutIds.has(linkedFrom.id)) {
      // A link only matters beside the entry it hangs from.
      cut.push({ entryId: entry.id, name: entry.name, reason, tokens: 0, why: `${linkedFrom.name} was cut` });
      continue;
    }
    const progressions = applicableProgressions(entry, point);
    const block = renderEntry(entry, progressions);
    const tokens = countTokens(block);
    const cost = tokens + (blocks.length === 0 ? 0 : separatorTokens);
    if (used + cost <= request.budgetTokens) {
      used += cost;
      blocks.push(block);
      included.push({ entryId: entry.id, name: entry.name, reason, tokens, progressions });
    } else {
      cutIds.add(entry.id);
      cut.push({ entryId: entry.id, name: entry.name, reason, tokens, why: `needs ${cost} tokens, ${request.budgetTokens - used} left of ${request.budgetTokens}` });
    }
  }
  let text = blocks.join(separator);
  while (blocks.length > 0 && countTokens(text) > request.budgetTokens) {
    const last = included.pop() as IncludedEntry;
    blocks.pop();
    cut.push({ ...last, why: `the assembled text came to more than ${request.budgetTokens} tokens` });
    text = blocks.join(separator);
  }

  const tokens = countTokens(text);
  const preview: ContextPreview = { text, tokens, budgetTokens: request.budgetTokens, included, cut, skipped };
  const model = request.model;
  if (model === undefined) return preview;
  const usage: Usage = {
    inputTokens: tokens + (model.promptTokens ?? 0),
    ...omitUndefined({ outputTokens: model.expectedOutputTokens }),
  };
  const price = findModelPrice(model.priceTable ?? defaultPriceTable, model.provider, model.modelId);
  return { ...preview, usage, cost: estimateCost(usage, price) };
}
