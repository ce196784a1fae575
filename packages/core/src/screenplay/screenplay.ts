import type { Annotation } from './annotation.js';
import { buildModel, type ScreenplayModel } from './build-model.js';
import type { ScreenplayElement } from './screenplay-element.js';
import type { Character, Location, Scene } from './screenplay-model.js';
import type { TitlePage } from './title-page.js';

/**
 * A parsed Fountain script: plain data, to be treated as read-only (an update may share its objects).
 * `scenes`, `characters` and `locations` are derived on first read and cached; after `updateScreenplay`
 * so are `elements`, `annotations` and `trailing`, which keeps a keystroke from paying for them.
 */
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

/** How to produce a screenplay's fields; each runs at most once, on first read. */
export interface ScreenplayParts {
  titlePage: TitlePage;
  elements: () => ScreenplayElement[];
  annotations: () => Annotation[];
  trailing: () => string;
}

/** Assembles a screenplay whose fields are computed lazily and cached. */
export function createScreenplay(parts: ScreenplayParts): Screenplay {
  let elements: ScreenplayElement[] | undefined;
  let annotations: Annotation[] | undefined;
  let trailing: string | undefined;
  let model: ScreenplayModel | undefined;
  const getElements = (): ScreenplayElement[] => (elements ??= parts.elements());
  const getModel = (): ScreenplayModel => (model ??= buildModel(getElements()));
  return {
    titlePage: parts.titlePage,
    get elements() {
      return getElements();
    },
    get annotations() {
      return (annotations ??= parts.annotations());
    },
    get trailing() {
      return (trailing ??= parts.trailing());
    },
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
