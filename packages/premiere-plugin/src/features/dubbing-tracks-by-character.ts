import type { CaptionCue } from '@reelkit/core/captions';
import type { DubbingTrack } from '@reelkit/core/tasks/dubbing';
import { characterAt, type AttributedLine, type CharacterVoice } from '@reelkit/core/tasks/script-assembly';

/** One language's cues split into one dubbing track per voice, and who speaks with which voice. */
export interface VoicedCues {
  readonly tracks: readonly DubbingTrack[];
  /** Character → voice, for the ledger and the message; `narration` for cues no character was found for. */
  readonly voices: Readonly<Record<string, string>>;
}

/**
 * Gives each translated cue the voice of the character speaking at its time in the original (by the attributed
 * lines of the clip's transcript): cues are grouped into one track per voice, in cue order, so `dubCues` voices each
 * character with their own voice. Cues no character was found for keep `defaultVoice` (the model's own when unset).
 */
export function dubbingTracksByCharacter(language: string, cues: readonly CaptionCue[], lines: readonly AttributedLine[], voices: Readonly<Record<string, CharacterVoice>>, defaultVoice?: string): VoicedCues {
  const groups = new Map<string, { voice: string | undefined; cues: CaptionCue[] }>();
  const used: Record<string, string> = {};
  for (const cue of cues) {
    const character = characterAt(lines, cue.start, cue.end);
    const voice = (character === undefined ? undefined : voices[character]?.voice) ?? defaultVoice;
    const key = voice ?? '';
    const group = groups.get(key) ?? { voice, cues: [] };
    group.cues.push(cue);
    groups.set(key, group);
    used[character !== undefined && voices[character] !== undefined ? character : 'narration'] = voice ?? 'default';
  }
  return { tracks: [...groups.values()].map((group) => ({ language, cues: group.cues, ...(group.voice === undefined ? {} : { voice: group.voice }) })), voices: used };
}
