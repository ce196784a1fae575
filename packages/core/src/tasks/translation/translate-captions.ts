import type { CaptionCue } from '../../captions/caption-cue.js';
import { defaultCaptionRules, type CaptionRules } from '../../captions/caption-rules.js';
import { checkCaptions } from '../../captions/check-captions.js';
import { formatTimestamp } from '../../captions/format-timestamp.js';
import { layoutCueLines } from '../../captions/layout-cue-lines.js';
import { writeSrt } from '../../captions/write-srt.js';
import { writeWebVtt } from '../../captions/write-webvtt.js';
import type { Finding } from '../../findings/finding.js';
import type { LedgerSource } from '../../provenance/ledger-entry.js';
import type { Cost } from '../../models/usage.js';
import type { GuardedTextModel } from '../../guard/guard-text-model.js';
import { translateCuesPrompt } from '../media-prompts/translate-cues-prompt.js';
import { promptParameters } from '../prompts/prompt-parameters.js';
import { renderPrompt } from '../writing/render-prompt.js';
import { addCost, noCost } from '../../models/add-cost.js';
import { captionRuleFindings } from '../captions/caption-rule-findings.js';
import { checkGlossary } from './check-glossary.js';
import type { GlossaryTerm } from './glossary-term.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** Captions to translate. */
export interface TranslateCaptionsRequest {
  readonly model: GuardedTextModel;
  readonly cues: readonly CaptionCue[];
  /** Language names or tags as a person would write them, e.g. `English`, `de`. */
  readonly sourceLanguage?: string;
  readonly targetLanguage: string;
  readonly glossary?: readonly GlossaryTerm[];
  readonly rules?: Partial<CaptionRules>;
  /** Cues per model call (default 40): enough context for consistent wording, small enough to answer reliably. */
  readonly batchSize?: number;
  /** The source captions, linked from each `c2pa.translated` entry. */
  readonly source?: LedgerSource;
  readonly signal?: AbortSignal;
}

/** A translated track: same timing, new text, and what to review. */
export interface TranslatedCaptions {
  readonly language: string;
  readonly cues: readonly CaptionCue[];
  readonly srt: string;
  readonly webVtt: string;
  readonly findings: readonly Finding[];
  /** One ledger entry per batch. */
  readonly provenanceIds: readonly string[];
  readonly cost: Cost;
}

// Rules a translation can break; timing rules belong to the source track and were reported there.
const textRules = new Set(['max-chars-per-second', 'max-chars-per-line', 'max-lines']);

/**
 * Translates cue by cue in batches through the guarded model (structured: `{index, text}` per cue), keeps every
 * cue's timing, then checks each glossary term survived and re-checks reading speed and line length in the target
 * language. A cue the model left out keeps its source text and gets an error finding.
 */
export async function translateCaptions(request: TranslateCaptionsRequest): Promise<TranslatedCaptions> {
  const rules = { ...defaultCaptionRules, ...request.rules };
  const glossary = request.glossary ?? [];
  const batchSize = Math.max(1, request.batchSize ?? 40);
  const translated = request.cues.map((cue) => cue.lines.join(' '));
  const findings: Finding[] = [];
  const provenanceIds: string[] = [];
  let cost = noCost;
  for (let first = 0; first < request.cues.length; first += batchSize) {
    const batch = request.cues.slice(first, first + batchSize);
    const listed = batch.map((cue, offset) => {
      const seconds = cue.end - cue.start;
      return `${first + offset} [${seconds.toFixed(1)} s, at most ${Math.floor(seconds * rules.maxCharsPerSecond)} characters]: ${cue.lines.join(' ')}`;
    });
    const result = await request.model.generateObject({
      messages: renderPrompt(translateCuesPrompt, {
        sourceLanguage: request.sourceLanguage ?? 'the source language',
        targetLanguage: request.targetLanguage,
        glossary: glossary.length === 0 ? '(none)' : glossary.map((term) => (term.translation === undefined ? term.term : `${term.term} = ${term.translation}`)).join('\n'),
        cues: listed.join('\n'),
      }),
      schema: translateCuesPrompt.schema,
      ...omitUndefined({ signal: request.signal }),
      record: {
        task: 'translation',
        action: 'c2pa.translated',
        ...omitUndefined({ source: request.source }),
        parameters: promptParameters(translateCuesPrompt, { targetLanguage: request.targetLanguage, cues: { first, count: batch.length } }),
      },
    });
    cost = addCost(cost, result.cost);
    findings.push(...result.findings);
    if (result.provenanceId !== undefined) provenanceIds.push(result.provenanceId);
    const answered = new Map(result.output.cues.map((cue) => [cue.index, cue.text.trim()]));
    batch.forEach((cue, offset) => {
      const text = answered.get(first + offset);
      if (text !== undefined && text !== '') translated[first + offset] = text;
      else findings.push(missingCue(first + offset, cue, request.targetLanguage));
    });
  }
  const cues = request.cues.map((cue, index) => {
    const text = translated[index] ?? '';
    const lines = layoutCueLines(text.split(/\s+/).filter(Boolean), rules.maxCharsPerLine, rules.maxLines)?.lines ?? [text];
    return { ...cue, lines };
  });
  const label = (index: number): string => `Cue ${index + 1} (${formatTimestamp(request.cues[index]?.start ?? 0, '.')})`;
  findings.push(
    ...checkGlossary(request.cues.map((cue, index) => ({ source: cue.lines.join(' '), target: translated[index] ?? '', label: label(index) })), glossary, request.targetLanguage),
    ...captionRuleFindings(checkCaptions(cues, rules).filter((item) => textRules.has(item.rule)), cues, request.targetLanguage),
  );
  return { language: request.targetLanguage, cues, srt: writeSrt(cues), webVtt: writeWebVtt(cues), findings, provenanceIds, cost };
}

function missingCue(index: number, cue: CaptionCue, language: string): Finding {
  return {
    ruleId: 'translation.cue-missing',
    category: 'language',
    severity: 'error',
    message: `Cue ${index + 1} (${formatTimestamp(cue.start, '.')}) came back without a ${language} translation; it keeps the source text.`,
    evidence: cue.lines.join(' '),
    suggestion: 'Translate this cue again, or write it by hand.',
  };
}
