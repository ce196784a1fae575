import type { Annotation } from './annotation.js';
import { buildModel, type ScreenplayModel } from './build-model.js';
import type { ScreenplayElement } from './screenplay-element.js';
import type { Character, Location, Scene } from './screenplay-model.js';
import type { TitlePage } from './title-page.js';

/** A parsed Fountain script. `scenes`, `characters` and `locations` are derived on first read and cached. */
export interface Screenplay {
  readonly titlePage: TitlePage;
  /** Elements in document order. */
  readonly elements: ScreenplayElement[];
  /** Notes and boneyard in document order. */
  readonly annotations: Annotation[];
  /** Exact source after the last element (or title page). */
  readonly trailing: string;
  readonly scenes: readonly Scene[];
  readonly characters: readonly Character[];
  readonly locations: readonly Location[];
}

/** Assembles a screenplay whose model fields are computed lazily: an editor's keystroke should not pay for them. */
export function createScreenplay(titlePage: TitlePage, elements: ScreenplayElement[], annotations: Annotation[], trailing: string): Screenplay {
  let model: ScreenplayModel | undefined;
  const getModel = (): ScreenplayModel => (model ??= buildModel(elements));
  return {
    titlePage,
    elements,
    annotations,
    trailing,
    get scenes() {
      return getModel().scenes;
    },
    get characters() {
      return getModel().characters;
    },
    get locations() {
      return getModel().locations;
    },
  };
}
