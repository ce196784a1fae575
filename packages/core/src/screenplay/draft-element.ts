import type { ElementKind } from './screenplay-element.js';

/**
 * An element as the body parser finds it, by offsets into the clean text it read; `build-elements` maps
 * it to the source. `parts` holds `[from, to, ...]`: each piece of its text (one per line) as a range.
 */
export interface DraftElement {
  kind: ElementKind;
  start: number;
  end: number;
  parts: number[];
  forced?: boolean;
  sceneNumber?: string;
  depth?: number;
  name?: string;
  extensions?: string[];
  dual?: 'left' | 'right';
}
