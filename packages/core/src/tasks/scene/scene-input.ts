import { parseFountain } from '../../screenplay/parse-fountain.js';
import type { Screenplay } from '../../screenplay/screenplay.js';
import type { Scene } from '../../screenplay/screenplay-model.js';
import { sceneFountain } from './scene-fountain.js';

/** A scene as the caller has it: Fountain text, or a scene of a parsed screenplay. */
export type SceneInput = string | { readonly screenplay: Screenplay; readonly scene: Scene };

/** A scene as the media tasks use it. */
export interface SceneText {
  readonly heading: string;
  /** The scene as Fountain text, for the prompt. */
  readonly fountain: string;
  /** The scene alone, parsed, for statistics. */
  readonly screenplay: Screenplay;
}

/** Reads a scene input: a parsed scene is cut from its screenplay's elements; text is parsed as it stands. */
export function readSceneInput(input: SceneInput): SceneText {
  if (typeof input === 'string') {
    const screenplay = parseFountain(input);
    return { heading: screenplay.scenes[0]?.heading ?? '', fountain: input.trim(), screenplay };
  }
  const fountain = sceneFountain(input.screenplay, input.scene);
  return { heading: input.scene.heading, fountain, screenplay: parseFountain(fountain) };
}
