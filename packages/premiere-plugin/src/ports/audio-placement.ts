/** Audio already imported into the project, to lay on a new audio track of the active sequence. */
export interface PlacedTrack {
  /** The track's name (set from Premiere 26.3; older versions leave Premiere's own name). */
  readonly name: string;
  readonly mediaPath: string;
  /** Where the audio starts in the sequence, and how long it plays (the original audio beneath it is disabled). */
  readonly atTicks: bigint;
  readonly durationTicks: bigint;
}

/** Audio to place, each on a new track, as one undo step. */
export interface AudioPlacement {
  readonly tracks: readonly PlacedTrack[];
  /**
   * The media whose audio clips under the new audio are disabled in the same undo step (the clip being dubbed), so
   * the editor hears the new audio; re-enabling them is the A/B. Other clips (music, effects) are left alone.
   */
  readonly originalMediaPath?: string;
  readonly undoLabel: string;
}

/** What `placeAudio` did. */
export interface PlacedAudio {
  /** Indexes of the new audio tracks, in the order of `tracks`. */
  readonly trackIndexes: readonly number[];
  readonly disabledOriginals: number;
  /** Whether the new tracks carry their names (a second undo step: a track made by an edit is named in a later one). */
  readonly named: boolean;
}
