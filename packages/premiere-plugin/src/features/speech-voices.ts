import type { SpeechModel } from '@reelkit/core/models';

// OpenAI's text-to-speech voices (audio/speech `voice`), the ones every current model takes.
const openAIVoices = ['alloy', 'ash', 'coral', 'echo', 'fable', 'nova', 'onyx', 'sage', 'shimmer'] as const;

/** The voices a speech model offers, to give each character one; none known for a local server (its default voice is used). */
export function speechVoices(model: Pick<SpeechModel, 'provider'>): readonly string[] {
  return model.provider === 'openai' ? openAIVoices : [];
}
