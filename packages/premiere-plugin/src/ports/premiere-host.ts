// What features ask of Premiere, in plain data: times are bigint ticks, items are ids and paths. The host adapter
// (src/host/create-premiere-host.ts) turns each call into premierepro calls; every change is one transaction.

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

/** Marker kinds the plugin reads and writes (Premiere's `Comment` and `Chapter` types). */
export type MarkerKind = 'comment' | 'chapter';

/** A marker on the active sequence. */
export interface MarkerInfo {
  readonly name: string;
  readonly comments: string;
  /** Premiere's marker type string, e.g. `Comment`, `Chapter`. */
  readonly type: string;
  readonly startTicks: bigint;
  readonly durationTicks: bigint;
}

/** A marker to add. */
export interface NewMarker {
  readonly name: string;
  readonly kind: MarkerKind;
  readonly startTicks: bigint;
  readonly durationTicks: bigint;
  readonly comments?: string;
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
  /** The first clip selected in the Project panel: its media path and name. */
  readSelectedClip(): Promise<{ readonly path: string; readonly name: string } | undefined>;
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
  /** Exports the active sequence with an encoder preset (e.g. WAV audio for transcription). */
  exportSequence(outputPath: string, presetPath: string): Promise<boolean>;
}
