import type { CaptionCue } from './caption-cue.js';
import type { CaptionFinding } from './caption-finding.js';
import type { CaptionRules } from './caption-rules.js';
import { defaultCaptionRules } from './caption-rules.js';
import { readingCharacters } from './reading-characters.js';

// Times are milliseconds in the formats; half a millisecond absorbs float noise.
const tolerance = 0.0005;

/** Checks cues (ours or imported) against the broadcast rules; every broken rule is one finding, nothing throws. */
export function checkCaptions(cues: readonly CaptionCue[], rules: CaptionRules = defaultCaptionRules): CaptionFinding[] {
  const findings: CaptionFinding[] = [];
  cues.forEach((cue, cueIndex) => {
    const report = (rule: CaptionFinding['rule'], message: string): void => {
      findings.push({ cueIndex, rule, message });
    };
    cue.lines.forEach((line, lineIndex) => {
      const length = readingCharacters([line]);
      if (length > rules.maxCharsPerLine) report('max-chars-per-line', `Line ${lineIndex + 1} has ${length} characters; at most ${rules.maxCharsPerLine} fit.`);
    });
    if (cue.lines.length > rules.maxLines) report('max-lines', `The cue has ${cue.lines.length} lines; at most ${rules.maxLines} are allowed.`);
    const duration = cue.end - cue.start;
    if (duration < rules.minDurationSeconds - tolerance) {
      report('min-duration', `The cue shows for ${seconds(duration)} s; at least ${seconds(rules.minDurationSeconds)} s is needed to read it.`);
    }
    if (duration > rules.maxDurationSeconds + tolerance) {
      report('max-duration', `The cue shows for ${seconds(duration)} s; at most ${seconds(rules.maxDurationSeconds)} s is allowed.`);
    }
    const perSecond = duration > 0 ? readingCharacters(cue.lines) / duration : Number.POSITIVE_INFINITY;
    // Times are whole milliseconds, so a cue within a millisecond of its reading time passes.
    if (readingCharacters(cue.lines) / (duration + 0.001) > rules.maxCharsPerSecond) {
      report('max-chars-per-second', `The cue needs ${seconds(perSecond)} characters a second; viewers read at most ${rules.maxCharsPerSecond}.`);
    }
    const next = cues[cueIndex + 1];
    if (next !== undefined && next.start - cue.end < rules.minGapSeconds - tolerance) {
      report('min-gap', `Only ${seconds(next.start - cue.end)} s until the next cue; at least ${seconds(rules.minGapSeconds)} s is needed.`);
    }
  });
  return findings;
}

function seconds(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
