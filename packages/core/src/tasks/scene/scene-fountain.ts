import type { Screenplay } from '../../screenplay/screenplay.js';
import type { Scene } from '../../screenplay/screenplay-model.js';

/** A parsed scene's Fountain source, cut from its screenplay's elements. */
export function sceneFountain(screenplay: Screenplay, scene: Scene): string {
  // Raw source and the exact gaps keep the writer's layout (a cue stays on the line above its dialogue); built
  // elements without them fall back to their text on its own paragraph.
  return screenplay.elements
    .slice(scene.elementStart, scene.elementEnd)
    .map((element, index) => (index === 0 ? '' : (element.before ?? '\n\n')) + (element.raw ?? element.text))
    .join('');
}
