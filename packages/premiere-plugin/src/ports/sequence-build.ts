import type { NewMarker } from './new-marker.js';

/** A range of a clip's media placed in a new sequence. Ticks: source times of the media, and the sequence time. */
export interface SequenceClip {
  /** The media of a clip already in the project (what `ClipProjectItem.getMediaFilePath` reports). */
  readonly mediaPath: string;
  readonly sourceInTicks: bigint;
  readonly sourceOutTicks: bigint;
  readonly atTicks: bigint;
}

/** A new sequence to build: its clips (the first at 0), markers, where its subclips go and how the edit is undone. */
export interface SequenceBuild {
  readonly name: string;
  readonly clips: readonly SequenceClip[];
  readonly markers?: readonly NewMarker[];
  /** The bin the sequence and its subclips go into, created if missing. */
  readonly binName: string;
  /** The label of the edit's one undo step (subclips are one step before it). */
  readonly undoLabel: string;
}

/** What `buildSequence` made. */
export interface BuiltSequence {
  readonly id: string;
  readonly name: string;
  readonly clipsPlaced: number;
  readonly markersAdded: number;
  /** The sequence's end after the edit. */
  readonly endTicks: bigint;
}
