/** Who a feature calls: `speech` is OpenAI or the local endpoint; `openai` needs an OpenAI key; `replicate` a token. */
export type FeatureProvider = 'speech' | 'openai' | 'replicate';

/** The panel's features, in menu order, with what each needs and the hint of its option field (if it has one). */
export const panelFeatures = [
  { id: 'transcribe', label: 'Transcribe clip', needs: 'clip', providers: ['speech'] },
  { id: 'scene-markers', label: 'Scene markers from script', needs: 'sequence', providers: [] },
  { id: 'translate', label: 'Translate captions', needs: 'clip', providers: ['openai'], option: 'Languages; glossary: de, fr; Kestrel Point = Turmfalkenspitze' },
  { id: 'dub', label: 'Dub', needs: 'clip', providers: ['speech'], option: 'Languages to voice: de, fr' },
  { id: 'describe', label: 'Audio descriptions', needs: 'clip', providers: ['openai'], option: 'Seconds to describe (empty: playhead): 12.5, 40' },
  { id: 'music', label: 'Music cue for marker', needs: 'sequence', providers: ['openai', 'replicate'], option: 'Marker name (empty: marker at the playhead)' },
  { id: 'storyboard', label: 'Storyboard frames', needs: 'sequence', providers: ['openai'], option: 'Background prompt (empty: scene from a script)' },
  { id: 'video', label: 'Interpolate / upscale', needs: 'clip', providers: ['replicate'], option: 'upscale 2, upscale 4 or interpolate 2' },
  { id: 'trailer', label: 'Trailer plan', needs: 'sequence', providers: ['openai'], option: 'Seconds, then viewer: 60 fans of coastal thrillers' },
  { id: 'rough-cut', label: 'Rough cut', needs: 'clip', providers: [], option: 'silence 0.75, pad 0.15, gap, no fillers, no retakes' },
  { id: 'script-assembly', label: 'Assemble from script', needs: 'clip', providers: [] },
] as const satisfies readonly { id: string; label: string; needs: 'clip' | 'sequence'; providers: readonly FeatureProvider[]; option?: string }[];

/** A feature's id. */
export type PanelFeatureId = (typeof panelFeatures)[number]['id'];
