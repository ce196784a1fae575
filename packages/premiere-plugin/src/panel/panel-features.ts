/** The panel's features, in menu order. `wired` ones run end to end; the rest wait for the core media tasks. */
export const panelFeatures = [
  { id: 'transcribe', label: 'Transcribe clip', wired: true, needs: 'clip' },
  { id: 'scene-markers', label: 'Scene markers from script', wired: true, needs: 'sequence' },
  { id: 'translate', label: 'Translate captions', wired: false, needs: 'clip' },
  { id: 'dub', label: 'Dub', wired: false, needs: 'clip' },
  { id: 'describe', label: 'Audio descriptions', wired: false, needs: 'sequence' },
  { id: 'music', label: 'Music cue for marker', wired: false, needs: 'sequence' },
  { id: 'storyboard', label: 'Storyboard frames', wired: false, needs: 'sequence' },
  { id: 'video', label: 'Interpolate / upscale', wired: false, needs: 'clip' },
  { id: 'trailer', label: 'Trailer plan', wired: false, needs: 'sequence' },
] as const;

/** A feature's id. */
export type PanelFeatureId = (typeof panelFeatures)[number]['id'];
