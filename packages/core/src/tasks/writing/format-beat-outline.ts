import type { BeatOutline } from '../prompts/beat-outline-prompt.js';

/** A beat outline as indented text, to ground the next level of the hierarchy (twists, scenes) in it. */
export function formatBeatOutline(outline: BeatOutline): string {
  return outline.acts
    .map((act) =>
      [
        `${act.name}`,
        ...act.beats.flatMap((beat) => [`- ${beat.name}: ${beat.description}`, ...beat.scenes.map((scene) => `  - ${scene.heading}: ${scene.summary}`)]),
      ].join('\n'),
    )
    .join('\n\n');
}
