import type { CaptionCue } from '../../captions/caption-cue.js';
import { formatTimestamp } from '../../captions/format-timestamp.js';
import { writeWebVtt } from '../../captions/write-webvtt.js';
import type { Finding } from '../../findings/finding.js';
import type { FileInput } from '../../models/generated-file.js';
import type { TextMessage } from '../../models/text-model.js';
import type { Cost } from '../../models/usage.js';
import type { GuardedTextModel } from '../../guard/guard-text-model.js';
import { describeFramePrompt } from '../media-prompts/describe-frame-prompt.js';
import { shortenDescriptionPrompt } from '../media-prompts/shorten-description-prompt.js';
import { promptParameters } from '../prompts/prompt-parameters.js';
import { renderPrompt, renderTemplateText } from '../writing/render-prompt.js';
import { addCost, noCost } from '../../models/add-cost.js';
import { defaultDescriptionWordsPerSecond, estimateSpeechSeconds } from './estimate-speech-seconds.js';
import { findDialogueGaps, type DialogueGapOptions, type TimeSpan } from './find-dialogue-gaps.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** A frame to describe, at its time in the media. */
export interface DescriptionFrame {
  readonly time: number;
  readonly image: FileInput;
}

/** What to describe and where the dialogue is. */
export interface DescribeFramesRequest extends DialogueGapOptions {
  /** A guarded vision model (it receives the frame as an image part). */
  readonly model: GuardedTextModel;
  readonly frames: readonly DescriptionFrame[];
  /** Caption cues or transcript words: the time descriptions must not talk over. */
  readonly speech: readonly TimeSpan[];
  /** What the describer should know, e.g. the scene heading and who is in it. */
  readonly context?: string;
  /** Speaking pace the fit is estimated at; 2.5 words a second by default. */
  readonly wordsPerSecond?: number;
  readonly signal?: AbortSignal;
}

/** Timed descriptions, for a WebVTT track of `kind="descriptions"`, and what could not be placed. */
export interface AudioDescriptions {
  readonly cues: readonly CaptionCue[];
  readonly webVtt: string;
  readonly findings: readonly Finding[];
  readonly provenanceIds: readonly string[];
  readonly cost: Cost;
}

/**
 * Describes each frame with a vision model through the guarded model and places the description in the first
 * dialogue gap at or after the frame. A description too long for its gap is shortened once through the guarded model;
 * one that still does not fit, or a frame with no gap left, is reported with the text so the user can place it.
 */
export async function describeFrames(request: DescribeFramesRequest): Promise<AudioDescriptions> {
  const pace = request.wordsPerSecond ?? defaultDescriptionWordsPerSecond;
  const gaps = findDialogueGaps(request.speech, request);
  const signal = request.signal === undefined ? {} : { signal: request.signal };
  const cues: CaptionCue[] = [];
  const findings: Finding[] = [];
  const provenanceIds: string[] = [];
  let cost = noCost;
  let usedUntil = 0;
  const generate = async (task: string, messages: readonly TextMessage[], parameters: Readonly<Record<string, unknown>>): Promise<string> => {
    const result = await request.model.generate({ messages, ...signal, record: { task, parameters } });
    cost = addCost(cost, result.cost);
    findings.push(...result.findings);
    if (result.provenanceId !== undefined) provenanceIds.push(result.provenanceId);
    return result.output.trim();
  };
  for (const frame of [...request.frames].sort((a, b) => a.time - b.time)) {
    const where = `The frame at ${formatTimestamp(frame.time, '.')}`;
    const gap = gaps.find((candidate) => candidate.end > Math.max(frame.time, usedUntil));
    const start = gap === undefined ? undefined : Math.max(gap.start, frame.time, usedUntil);
    const available = gap === undefined || start === undefined ? 0 : gap.end - start;
    const maxWords = Math.floor(available * pace);
    if (gap === undefined || start === undefined || maxWords < 1) {
      findings.push(notPlaced(`${where} has no pause in the dialogue after it long enough for a description.`));
      continue;
    }
    const slots = { context: request.context ?? 'none given', maxWords: String(maxWords) };
    const messages: TextMessage[] = [
      { role: 'system', content: renderTemplateText(describeFramePrompt.id, describeFramePrompt.system, slots) },
      { role: 'user', content: [{ type: 'text', text: renderTemplateText(describeFramePrompt.id, describeFramePrompt.user, slots) }, { type: 'image', image: frame.image, detail: 'low' }] },
    ];
    let text = await generate('audio-description', messages, promptParameters(describeFramePrompt, { time: frame.time, maxWords }));
    if (estimateSpeechSeconds(text, pace) > available) {
      const shorten = renderPrompt(shortenDescriptionPrompt, { description: text, maxWords: String(maxWords) });
      text = await generate('audio-description', shorten, promptParameters(shortenDescriptionPrompt, { time: frame.time, maxWords }));
    }
    const seconds = estimateSpeechSeconds(text, pace);
    if (seconds > available) {
      findings.push(notPlaced(`${where}: the description needs about ${seconds.toFixed(1)} s, but the pause at ${formatTimestamp(start, '.')} leaves ${available.toFixed(1)} s.`, text));
      continue;
    }
    const end = Math.round((start + seconds) * 1000) / 1000;
    cues.push({ id: `ad-${cues.length + 1}`, start, end, lines: [text] });
    usedUntil = end;
  }
  return { cues, webVtt: writeWebVtt(cues), findings, provenanceIds, cost };
}

function notPlaced(message: string, text?: string): Finding {
  return {
    ruleId: 'audio-description.does-not-fit',
    category: 'timing',
    severity: 'warning',
    message,
    ...omitUndefined({ evidence: text }),
    suggestion: 'Place the description by hand, shorten it, or use extended description (pausing the picture).',
  };
}
