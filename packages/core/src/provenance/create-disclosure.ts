import type { AiShare, ShareCounts } from './ai-share.js';
import type { LedgerEntry, ProvenanceEvent } from './ledger-entry.js';
import { digitalSourceTypes, isAiSourceType, type DigitalSourceType } from './provenance-vocabulary.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** One model that contributed, with how many generations it made. */
export interface DisclosedModel {
  readonly provider: string;
  readonly model: string;
  readonly modelVersion?: string;
  readonly generations: number;
}

/** The machine-readable disclosure: IPTC terms, counts and models, for embedding or export. */
export interface DisclosureData {
  /** IPTC digital source type of the document as a whole. */
  readonly digitalSourceType: DigitalSourceType;
  /** True when any AI-written text is still in the document. */
  readonly containsAiContent: boolean;
  /** Share of words written by AI (edited or not), 0–1, rounded to 3 decimals. */
  readonly aiWordShare: number;
  readonly characters: ShareCounts;
  readonly words: ShareCounts;
  /** Mean edit ratio of AI text a person later edited, 0–1, rounded to 3 decimals. */
  readonly editRatio: number;
  readonly models: readonly DisclosedModel[];
  /** AI generation events recorded in the ledger. */
  readonly generations: number;
  /** First and last recorded event times (ISO), when there are events. */
  readonly recordedFrom?: string;
  readonly recordedTo?: string;
}

/** A disclosure statement in every form a host shows or stores. */
export interface DisclosureStatement {
  /** One paragraph for people. */
  readonly text: string;
  readonly data: DisclosureData;
  /** An `AI Disclosure:` title-page key with indented lines, ready to add to a Fountain title page. */
  readonly fountainTitlePage: string;
  /** Frontmatter properties for an Obsidian note (apply with `FileManager.processFrontMatter`). */
  readonly obsidianFrontmatter: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;
const percent = (part: number, whole: number): string => `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
const thousands = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const termOf = (uri: DigitalSourceType): string => uri.slice(uri.lastIndexOf('/') + 1);

/**
 * A disclosure of AI involvement for a document, from its ledger entries and its current AI share (see
 * `computeAiShare`). It says what is true now: AI text a person has since deleted does not count. The `data` form
 * uses IPTC digital source type terms so it can serve as machine-readable marking of AI-generated content in the
 * sense of EU AI Act Art. 50(2); whether a given use needs it is the publisher's call.
 */
export function createDisclosure(entries: readonly LedgerEntry[], share: AiShare): DisclosureStatement {
  const generations = entries.filter((entry): entry is ProvenanceEvent => entry.type === 'event' && isAiSourceType(entry.digitalSourceType));
  const events = entries.filter((entry) => entry.type === 'event');
  const { words, characters } = share;
  const aiWords = words.ai + words.aiEdited;
  const digitalSourceType =
    aiWords === 0 && characters.ai + characters.aiEdited === 0
      ? digitalSourceTypes.digitalCreation
      : words.human === 0 && characters.human === 0
        ? digitalSourceTypes.trainedAlgorithmicMedia
        : digitalSourceTypes.compositeWithTrainedAlgorithmicMedia;
  const data: DisclosureData = {
    digitalSourceType,
    containsAiContent: digitalSourceType !== digitalSourceTypes.digitalCreation,
    aiWordShare: round3(words.total === 0 ? 0 : aiWords / words.total),
    characters,
    words,
    editRatio: round3(share.editRatio),
    models: listModels(generations),
    generations: generations.length,
    ...(events.length === 0 ? {} : { recordedFrom: events[0]?.time ?? '', recordedTo: events[events.length - 1]?.time ?? '' }),
  };
  const lines = describe(data);
  return {
    text: lines.join(' '),
    data,
    fountainTitlePage: `AI Disclosure:\n${lines.map((line) => `    ${line}`).join('\n')}\n`,
    obsidianFrontmatter: {
      'ai-disclosure': lines[0] ?? '',
      'ai-generated': data.containsAiContent,
      'ai-word-share': data.aiWordShare,
      'ai-source-type': data.digitalSourceType,
      'ai-models': data.models.map((model) => `${model.provider}/${model.model}`),
    },
  };
}

function describe(data: DisclosureData): string[] {
  const { words } = data;
  const models = data.models.map((model) => `${model.provider} ${model.model}${model.modelVersion === undefined ? '' : ` (${model.modelVersion})`}`);
  if (!data.containsAiContent) {
    const history = data.generations === 0 ? 'No AI generation is recorded for it.' : `AI text from ${data.generations} recorded generation${data.generations === 1 ? '' : 's'} is no longer in it.`;
    return ['This document was written by people.', history, `IPTC digital source type: ${termOf(data.digitalSourceType)}.`];
  }
  const aiWords = words.ai + words.aiEdited;
  const edited = words.aiEdited === 0 ? '' : `; ${percent(words.aiEdited, words.total)} was edited by a person afterwards (${percent(data.editRatio, 1)} changed on average)`;
  return [
    `${percent(aiWords, words.total)} of this document's words (${thousands(aiWords)} of ${thousands(words.total)}) were generated by AI${edited}.`,
    `Models: ${models.length === 0 ? 'not recorded' : models.join(', ')}.`,
    `Every generation is recorded in a tamper-evident provenance ledger${data.recordedFrom === undefined ? '' : ` (${data.recordedFrom.slice(0, 10)} to ${(data.recordedTo ?? '').slice(0, 10)})`}.`,
    `IPTC digital source type: ${termOf(data.digitalSourceType)}.`,
  ];
}

function listModels(generations: readonly ProvenanceEvent[]): DisclosedModel[] {
  const models = new Map<string, DisclosedModel>();
  for (const event of generations) {
    const provider = event.provider ?? 'unknown provider';
    const model = event.model ?? 'unknown model';
    const key = `${provider}\u0000${model}\u0000${event.modelVersion ?? ''}`;
    const known = models.get(key);
    const base = { provider, model, ...omitUndefined({ modelVersion: event.modelVersion }) };
    models.set(key, { ...base, generations: (known?.generations ?? 0) + 1 });
  }
  return [...models.values()];
}
