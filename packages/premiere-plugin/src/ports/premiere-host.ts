// What features ask of Premiere, in plain data: times are bigint ticks, items are ids and paths. The host adapter
// (src/host/create-premiere-host.ts) turns each call into premierepro calls; every change is one transaction.
import type { AudioPlacement, PlacedAudio } from './audio-placement.js';
import type { BuiltSequence, SequenceBuild } from './sequence-build.js';
import type { NewMarker } from './new-marker.js';
import type { SequenceTracks } from './sequence-tracks.js';

export type { MarkerKind, NewMarker } from './new-marker.js';

/** The active sequence. */
export interface SequenceInfo {
  readonly id: string;
  readonly name: string;
  /** Exact frame duration (`FrameRate.ticksPerFrame`); 0n when Premiere does not report one. */
  readonly ticksPerFrame: bigint;
  readonly endTicks: bigint;
  readonly inTicks: bigint;
  readonly outTicks: bigint;
  readonly playerTicks: bigint;
}


/** A marker on the active sequence. */
export interface MarkerInfo {
  readonly name: string;
  readonly comments: string;
  /** Premiere's marker type string, e.g. `Comment`, `Chapter`. */
  readonly type: string;
  readonly startTicks: bigint;
  readonly durationTicks: bigint;
}


/** Files to bring into a bin, with what to attach to each imported item. */
export interface ImportRequest {
  readonly paths: readonly string[];
  readonly binName: string;
  /** XMP packet per file path, set on the imported item. */
  readonly xmp?: Readonly<Record<string, string>>;
  /** Adobe transcript JSON per file path, attached to the imported clip. */
  readonly transcripts?: Readonly<Record<string, string>>;
  /** The undo label of the transaction that sets metadata and transcripts. */
  readonly undoLabel: string;
}

/** An item an import produced. */
export interface ImportedItem {
  readonly path: string;
  readonly id: string;
  readonly name: string;
}

/** Premiere, as the features see it. */
export interface PremiereHost {
  /** The open project's name, or `undefined` when none is open. */
  readProjectName(): Promise<string | undefined>;
  /** The active sequence, or `undefined` when no project or sequence is open. */
  readActiveSequence(): Promise<SequenceInfo | undefined>;
  /** Premiere's version (`26.3.0`), or `undefined` when it does not say. */
  readPremiereVersion(): Promise<string | undefined>;
  /** The first clip selected in the Project panel: its media path and name. */
  readSelectedClip(): Promise<{ readonly path: string; readonly name: string } | undefined>;
  /** Every clip selected in the Project panel, in the panel's order. */
  readSelectedClips(): Promise<{ readonly path: string; readonly name: string }[]>;
  /** The length of the media of the clip at `mediaPath`, or `undefined` when no clip in the project uses it. */
  readClipDuration(mediaPath: string): Promise<bigint | undefined>;
  /** Premiere's own transcript of the clip whose media is at `mediaPath` (Speech to Text), as Adobe transcript JSON. */
  readClipTranscript(mediaPath: string): Promise<string | undefined>;
  /** The active sequence's tracks and their clips. */
  readTracks(): Promise<SequenceTracks>;
  /** Markers of the active sequence, in timeline order. */
  readMarkers(): Promise<MarkerInfo[]>;
  /** Adds markers to the active sequence in one undo step; returns how many. */
  addMarkers(markers: readonly NewMarker[], undoLabel: string): Promise<number>;
  /** Imports files into a bin (created if missing), then sets XMP and transcripts on them in one undo step. */
  importIntoBin(request: ImportRequest): Promise<ImportedItem[]>;
  /** Attaches Adobe transcript JSON to the clip whose media is at `mediaPath`, in one undo step. */
  attachTranscript(mediaPath: string, transcriptJson: string, undoLabel: string): Promise<void>;
  /** Exports the active sequence's frame at a time as an image file (png, jpg, ...). */
  exportFrame(atTicks: bigint, folder: string, filename: string, size: { readonly width: number; readonly height: number }): Promise<boolean>;
  /** Exports the active sequence with an encoder preset: all of it, or only its in/out range. */
  exportSequence(outputPath: string, presetPath: string, range?: 'entire' | 'in-to-out'): Promise<boolean>;
  /**
   * Builds a new sequence from ranges of clips in the project (Premiere 26.3+): subclips in one undo step, a sequence
   * matching the media, then every clip and marker placed as one undo step. The active sequence is never changed.
   */
  buildSequence(build: SequenceBuild): Promise<BuiltSequence>;
  /** Lays imported audio on new audio tracks of the active sequence (26.3+), originals disabled beneath, one undo step. */
  placeAudio(placement: AudioPlacement): Promise<PlacedAudio>;
}
