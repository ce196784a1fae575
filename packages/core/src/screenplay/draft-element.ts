import type { ElementKind } from './screenplay-element.js';

/** A piece of an element's text: one line's content and the clean offset of its first character. */
export interface DraftPart {
  text: string;
  at: number;
}

/** An element as the body parser finds it, with clean-text offsets; `build-elements` maps it to the source. */
export interface DraftElement {
  kind: ElementKind;
  start: number;
  end: number;
  parts: DraftPart[];
  forced?: boolean;
  sceneNumber?: string;
  depth?: number;
  name?: string;
  extensions?: string[];
  dual?: 'left' | 'right';
}
