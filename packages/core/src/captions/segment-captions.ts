import type { CaptionCue } from './caption-cue.js';
import type { CaptionFinding } from './caption-finding.js';
import { defaultCaptionRules, type CaptionRules } from './caption-rules.js';
import type { CaptionWord } from './caption-word.js';
import { breakCost } from './break-cost.js';
import { endsSentence } from './ends-sentence.js';
import { checkCaptions } from './check-captions.js';
import { fitCueTiming } from './fit-cue-timing.js';
import { joinWords } from './join-words.js';
import { layoutCueLines } from './layout-cue-lines.js';
import { readingCharacters } from './reading-characters.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** Cues made from timed words, and the rules they still break. */
export interface SegmentedCaptions {
  readonly cues: CaptionCue[];
  readonly findings: CaptionFinding[];
}

interface Candidate {
  readonly lines: string[];
  readonly cost: number;
}

// Costs of the segmentation search, in the units of `breakCost`.
const perCue = 4;
const sentenceInsideCue = 5;
const tooShort = 3;
const tooFast = 20;

/**
 * Segments timed words into caption cues by broadcast rules: a pause longer than `pauseSeconds` or a speaker change
 * always ends a cue; within a stretch of speech a dynamic programme chooses cue breaks that fit the line and duration
 * limits, prefer sentence ends, clause marks and breaks before conjunctions, avoid splitting an article from its
 * noun, and keep reading speed down. Cue ends are then fitted (`fitCueTiming`) and whatever rule could not be met
 * is returned as a finding, never silently broken.
 */
export function segmentCaptions(words: readonly CaptionWord[], rules: CaptionRules = defaultCaptionRules): SegmentedCaptions {
  const clean = words.map((word) => ({ ...word, text: word.text.trim() })).filter((word) => word.text !== '');
  const cues: CaptionCue[] = [];
  const runs = splitRuns(clean, rules);
  for (const [index, run] of runs.entries()) {
    const nextRun = runs[index + 1];
    cues.push(...segmentRun(run, nextRun?.[0]?.start ?? Number.POSITIVE_INFINITY, rules));
  }
  const fitted = fitCueTiming(cues, rules);
  return { cues: fitted, findings: checkCaptions(fitted, rules) };
}

/** Stretches of speech between pauses (and speaker changes, unless two speakers may share a cue). */
function splitRuns(words: readonly CaptionWord[], rules: CaptionRules): CaptionWord[][] {
  const runs: CaptionWord[][] = [];
  let current: CaptionWord[] = [];
  for (const word of words) {
    const previous = current[current.length - 1];
    const pause = previous !== undefined && word.start - previous.end > rules.pauseSeconds;
    const speakerChange = previous !== undefined && rules.speakerChange === 'new-cue' && word.speaker !== previous.speaker;
    if (pause || speakerChange) {
      runs.push(current);
      current = [];
    }
    current.push(word);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function segmentRun(run: readonly CaptionWord[], followingStart: number, rules: CaptionRules): CaptionCue[] {
  const best: { cost: number; from: number; candidate?: Candidate }[] = [{ cost: 0, from: 0 }];
  const capacity = rules.maxCharsPerLine * rules.maxLines;
  for (let end = 1; end <= run.length; end += 1) {
    best[end] = { cost: Number.POSITIVE_INFINITY, from: end - 1 };
    let characters = -1;
    for (let start = end - 1; start >= 0; start -= 1) {
      // Words joined with spaces: an upper bound of the cue's length, enough to stop looking further back.
      characters += (run[start] as CaptionWord).text.length + 1;
      if (end - start > 1 && characters > capacity + 2 && joinWords(run.slice(start, end).map((word) => word.text)).length > capacity + 2) break;
      const candidate = evaluateCue(run, start, end, followingStart, rules);
      const previous = best[start]?.cost ?? Number.POSITIVE_INFINITY;
      if (candidate !== undefined && previous + candidate.cost < (best[end]?.cost ?? Number.POSITIVE_INFINITY)) {
        best[end] = { cost: previous + candidate.cost, from: start, candidate };
      }
    }
  }
  const cues: CaptionCue[] = [];
  for (let end = run.length; end > 0; end = best[end]?.from ?? 0) {
    const step = best[end];
    const first = run[step?.from ?? 0] as CaptionWord;
    const last = run[end - 1] as CaptionWord;
    const lines = step?.candidate?.lines ?? [last.text];
    cues.unshift({ start: first.start, end: last.end, lines, ...omitUndefined({ speaker: first.speaker }) });
  }
  return cues;
}

/** The lines and cost of words `start..end-1` as one cue, or undefined when they cannot form a cue. */
function evaluateCue(run: readonly CaptionWord[], start: number, end: number, followingStart: number, rules: CaptionRules): Candidate | undefined {
  const words = run.slice(start, end);
  const first = words[0] as CaptionWord;
  const last = words[words.length - 1] as CaptionWord;
  const single = words.length === 1;
  const span = last.end - first.start;
  if (!single && span > rules.maxDurationSeconds) return undefined;
  const lines = layoutTurns(words, rules);
  if (lines === undefined && !single) return undefined;
  const layout = lines ?? { lines: [first.text], cost: 0 };
  const next = run[end];
  const nextStart = next?.start ?? followingStart;
  // The cue may stay up into the silence after it, so reading time is judged against the time available.
  const available = Math.max(span, Math.min(rules.maxDurationSeconds, nextStart - rules.minGapSeconds - first.start), 0.001);
  const readingTime = readingCharacters(layout.lines) / rules.maxCharsPerSecond;
  let cost = perCue + layout.cost + (next === undefined ? 0 : breakCost(last.text, next.text));
  // A sentence ending inside a cue costs, except where the next speaker's dash line begins.
  words.slice(0, -1).forEach((word, index) => {
    if (endsSentence(word.text) && words[index + 1]?.speaker === word.speaker) cost += sentenceInsideCue;
  });
  if (readingTime > available) cost += tooFast * (0.25 + readingTime / available - 1);
  if (available < rules.minDurationSeconds) cost += tooShort;
  return { lines: layout.lines, cost };
}

/** One speaker: the best line layout. Two speakers in `dash` mode: one line per turn, each after `- `. */
function layoutTurns(words: readonly CaptionWord[], rules: CaptionRules): { lines: string[]; cost: number } | undefined {
  const change = words.findIndex((word, index) => index > 0 && word.speaker !== words[index - 1]?.speaker);
  if (change === -1) return layoutCueLines(words.map((word) => word.text), rules.maxCharsPerLine, rules.maxLines);
  const second = words.slice(change);
  if (second.some((word) => word.speaker !== second[0]?.speaker) || rules.maxLines < 2) return undefined;
  const lines = [words.slice(0, change), second].map((turn) => `- ${joinWords(turn.map((word) => word.text))}`);
  return lines.every((line) => line.length <= rules.maxCharsPerLine) ? { lines, cost: 0 } : undefined;
}
