import type { FlowKind } from './page-geometry.js';
import type { TextPart } from './text-part.js';

/** A paragraph that flows on its own: heading, action, transition, centred text, lyrics outside a speech. */
export interface FlowBlock {
  readonly type: 'flow';
  readonly kind: FlowKind;
  readonly part: TextPart;
  readonly spaceBefore: number;
  readonly sceneNumber?: string;
}

/** A cue and what it says; `continued` prints `NAME (CONT'D)`, `more` ends it with `(MORE)`. */
export interface SpeechBlock {
  readonly type: 'speech';
  readonly cue: number;
  readonly cueText: string;
  readonly parts: readonly TextPart[];
  readonly spaceBefore: number;
  readonly continued: boolean;
  readonly more: boolean;
}

/** Two speeches side by side. */
export interface DualBlock {
  readonly type: 'dual';
  readonly left: SpeechBlock;
  readonly right: SpeechBlock;
  readonly spaceBefore: number;
}

/** A forced page break (`===`). */
export interface PageBreakBlock {
  readonly type: 'page-break';
  readonly spaceBefore: 0;
}

/** What the paginator places: one printable unit of the script, or the piece of one a page break left over. */
export type LayoutBlock = FlowBlock | SpeechBlock | DualBlock | PageBreakBlock;

/** A block cut at a page break: `top` ends this page (`height` lines), `rest` starts the next. */
export interface BlockSplit {
  readonly top: LayoutBlock;
  readonly height: number;
  readonly rest: LayoutBlock;
}
