import type { SpokenWord } from './spoken-word.js';

/** The words of a Premiere transcript, with what could not be read said as data. */
export interface PremiereTranscriptWords {
  readonly words: readonly SpokenWord[];
  /** Premiere's language code (`en-us`), when the transcript names one. */
  readonly language?: string;
  /** Why the text could not be read, or which parts were skipped; empty when all is well. */
  readonly problems: readonly string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const closesSentence = /[.!?…。！？]["”’)\]]*$/u;

/**
 * Reads Adobe's transcript JSON — what Premiere's Speech to Text exports (`Transcript.exportToJSON`) and what
 * Reelkit writes beside a clip — into timed words: punctuation entries join the word before them, speaker ids become
 * their display names, `filler` tags and `eos` are kept. Never throws: unreadable input gives no words and a problem.
 */
export function readPremiereTranscript(json: string): PremiereTranscriptWords {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { words: [], problems: [`Not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isObject(parsed) || !Array.isArray(parsed['segments'])) return { words: [], problems: ['Not a Premiere transcript: it has no "segments" list.'] };
  const speakers = new Map<string, string>();
  for (const speaker of Array.isArray(parsed['speakers']) ? parsed['speakers'] : []) {
    if (isObject(speaker) && typeof speaker['id'] === 'string' && typeof speaker['name'] === 'string') speakers.set(speaker['id'], speaker['name']);
  }
  const words: SpokenWord[] = [];
  let skipped = 0;
  for (const segment of parsed['segments']) {
    if (!isObject(segment) || !Array.isArray(segment['words'])) {
      skipped += 1;
      continue;
    }
    const speakerId = typeof segment['speaker'] === 'string' ? segment['speaker'] : undefined;
    const speaker = speakerId === undefined ? undefined : (speakers.get(speakerId) ?? speakerId);
    for (const word of segment['words']) {
      const start = isObject(word) ? number(word['start']) : undefined;
      const text = isObject(word) && typeof word['text'] === 'string' ? word['text'].trim() : '';
      if (!isObject(word) || start === undefined || text === '') {
        skipped += 1;
        continue;
      }
      const end = start + Math.max(0, number(word['duration']) ?? 0);
      const endsSentence = word['eos'] === true || closesSentence.test(text);
      const previous = words.at(-1);
      if (word['type'] === 'punctuation') {
        if (previous !== undefined) words[words.length - 1] = { ...previous, text: `${previous.text}${text}`, ...(endsSentence ? { endsSentence } : {}) };
        continue;
      }
      const filler = Array.isArray(word['tags']) && word['tags'].includes('filler');
      words.push({ text, start, end, ...(speaker === undefined ? {} : { speaker }), ...(filler ? { filler } : {}), ...(endsSentence ? { endsSentence } : {}) });
    }
  }
  words.sort((a, b) => a.start - b.start);
  const language = typeof parsed['language'] === 'string' && parsed['language'] !== '??-??' ? parsed['language'] : undefined;
  return { words, ...(language === undefined ? {} : { language }), problems: skipped === 0 ? [] : [`${skipped} entr${skipped === 1 ? 'y' : 'ies'} without a time or text skipped.`] };
}
