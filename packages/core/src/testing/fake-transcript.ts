/** Seconds each word of a fake transcript lasts. */
export const secondsPerWord = 0.4;

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;

const clock = (seconds: number, separator: string): string => {
  const milliseconds = Math.round(seconds * 1000);
  const part = (value: number, width = 2): string => String(value).padStart(width, '0');
  const hours = Math.floor(milliseconds / 3_600_000);
  const minutes = Math.floor(milliseconds / 60_000) % 60;
  const secs = Math.floor(milliseconds / 1000) % 60;
  return `${part(hours)}:${part(minutes)}:${part(secs)}${separator}${part(milliseconds % 1000, 3)}`;
};

/** A transcript in every format OpenAI's transcription endpoint offers, timed at 0.4 s per word. */
export interface FakeTranscript {
  readonly text: string;
  readonly duration: number;
  readonly verboseJson: Record<string, unknown>;
  readonly srt: string;
  readonly vtt: string;
}

/** Times a text word by word, as Whisper's `verbose_json` would. */
export function createFakeTranscript(text: string, language = 'english'): FakeTranscript {
  const words = text.split(/\s+/).filter(Boolean);
  const duration = round(words.length * secondsPerWord);
  const timed = words.map((word, index) => ({
    // Whisper's word timings carry no punctuation.
    word: word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
    start: round(index * secondsPerWord),
    end: round((index + 1) * secondsPerWord),
  }));
  const segment = {
    id: 0,
    seek: 0,
    start: 0,
    end: duration,
    text: ` ${text}`,
    tokens: [],
    temperature: 0,
    avg_logprob: -0.2,
    compression_ratio: 1,
    no_speech_prob: 0.01,
  };
  const span = (separator: string): string => `${clock(0, separator)} --> ${clock(duration, separator)}`;
  return {
    text,
    duration,
    verboseJson: { task: 'transcribe', language, duration, text, words: timed, segments: [segment] },
    srt: `1\n${span(',')}\n${text}\n\n`,
    vtt: `WEBVTT\n\n${span('.')}\n${text}\n\n`,
  };
}
