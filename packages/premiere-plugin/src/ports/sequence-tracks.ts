/** A clip on a track, in ticks: where it sits in the sequence and which part of its media it plays. */
export interface TrackItemInfo {
  readonly name: string;
  readonly startTicks: bigint;
  readonly endTicks: bigint;
  readonly inTicks: bigint;
  readonly outTicks: bigint;
  readonly disabled: boolean;
  /** The media file of the clip's project item; absent for items without one (a nested sequence, a title). */
  readonly mediaPath?: string;
}

/** A video or audio track and its clips, in timeline order. */
export interface TrackInfo {
  readonly index: number;
  readonly name: string;
  readonly muted: boolean;
  readonly items: readonly TrackItemInfo[];
}

/** The tracks of the active sequence. */
export interface SequenceTracks {
  readonly video: readonly TrackInfo[];
  readonly audio: readonly TrackInfo[];
}
