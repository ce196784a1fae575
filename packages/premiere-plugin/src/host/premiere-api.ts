// The slice of `premierepro` the plugin uses, derived from @adobe/premierepro 26.3's declarations.
//
// Each type keeps the real member names and, through Pick/Parameters/ReturnType, the real member types; object types
// the plugin passes around are narrowed to what it reads, so a fake can implement them. `createPremiereHost` takes a
// `PremiereApi` and the entry passes the real module: if Adobe renames or retypes a member, that call stops compiling,
// and so does the fake that implements these types.
import type * as Ppro from '@adobe/premierepro';

/** An action the host builds and a transaction commits (`premierepro.Action`). */
export type ActionApi = Ppro.Action;

/** A time as far as the plugin reads it. */
export type TickTimeApi = Pick<Ppro.TickTime, 'ticks' | 'seconds'>;

/** `premierepro.TickTime`: times are made from tick strings, exact at any length. */
export interface TickTimeStaticApi {
  createWithTicks(ticks: Parameters<Ppro.TickTimeStatic['createWithTicks']>[0]): TickTimeApi;
}

/** The compound action an `executeTransaction` callback fills. */
export type CompoundActionApi = Pick<Ppro.CompoundAction, 'addAction' | 'empty'>;

/** A bin, clip or sequence in the project panel. */
export type ProjectItemApi = Pick<Ppro.ProjectItem, 'name' | 'type' | 'getId'>;

/** A bin. */
export interface FolderItemApi extends Pick<Ppro.FolderItem, 'name' | 'type' | 'createBinAction'> {
  getItems(): Promise<ProjectItemApi[]>;
  createMoveItemAction(item: ProjectItemApi, newParent: FolderItemApi): ActionApi;
}

/** A clip (media) project item; `createSubClipAction` exists from Premiere 26.3. */
export interface ClipProjectItemApi extends Pick<Ppro.ClipProjectItem, 'name' | 'type' | 'getMediaFilePath'> {
  createSubClipAction(name: string, startTime: TickTimeApi, endTime: TickTimeApi, hasHardBoundaries: boolean, options?: object): ActionApi;
  /** The media's length (and start timecode, unread). */
  getMedia(): Promise<{ readonly duration: TickTimeApi }>;
}

/** One marker. */
export interface MarkerApi extends Pick<Ppro.Marker, 'getName' | 'getComments' | 'getType' | 'getColorIndex'> {
  getStart(): TickTimeApi;
  getDuration(): TickTimeApi;
}

/** The markers of a sequence or clip. */
export interface MarkersApi {
  getMarkers(...filters: Parameters<Ppro.Markers['getMarkers']>): MarkerApi[];
  createAddMarkerAction(
    name: Parameters<Ppro.Markers['createAddMarkerAction']>[0],
    markerType?: string,
    startTime?: TickTimeApi,
    duration?: TickTimeApi,
    comments?: string,
  ): ActionApi;
  createRemoveMarkerAction(marker: MarkerApi): ActionApi;
}

/** A frame rate as Premiere reports it; `ticksPerFrame` is exact, `value` is rounded. */
export type FrameRateApi = Pick<Ppro.FrameRate, 'ticksPerFrame' | 'value'>;

/** A sequence, with its tracks. */
export interface SequenceApi extends Pick<Ppro.Sequence, 'name'>, SequenceTracksApi {
  readonly guid: Pick<Ppro.Guid, 'toString'>;
  getEndTime(): Promise<TickTimeApi>;
  getInPoint(): Promise<TickTimeApi>;
  getOutPoint(): Promise<TickTimeApi>;
  getPlayerPosition(): Promise<TickTimeApi>;
  getTimebase(): ReturnType<Ppro.Sequence['getTimebase']>;
  getProjectItem(): Promise<ProjectItemApi>;
}

/** A project: read under `lockedAccess`, changed only by actions inside `executeTransaction`. */
export interface ProjectApi extends Pick<Ppro.Project, 'name' | 'path' | 'lockedAccess'> {
  executeTransaction(callback: (compoundAction: CompoundActionApi) => void, undoString?: string): boolean;
  getActiveSequence(): Promise<SequenceApi | null>;
  getRootItem(): Promise<FolderItemApi>;
  importFiles(filePaths: string[], suppressUI?: boolean, targetBin?: ProjectItemApi, asNumberedStills?: boolean): Promise<boolean>;
  /** A new sequence whose settings match the clips' media, with the clips laid end to end (not an action). */
  createSequenceFromMedia(name: string, clipProjectItems?: ClipProjectItemApi[], targetBin?: ProjectItemApi): Promise<SequenceApi>;
  openSequence(sequence: SequenceApi): Promise<boolean>;
}

/** `premierepro.Project`. */
export interface ProjectStaticApi {
  getActiveProject(): Promise<ProjectApi | null>;
}

/** `premierepro.Markers`. */
export interface MarkersStaticApi {
  getMarkers(markerOwnerObject: SequenceApi | ClipProjectItemApi): Promise<MarkersApi>;
}

/** `premierepro.Metadata`: XMP of a project item, set by an action. */
export interface MetadataStaticApi {
  getXMPMetadata(projectItem: ProjectItemApi): Promise<string>;
  createSetXMPMetadataAction(projectItem: ProjectItemApi, metadata: string): ActionApi;
}

/** `premierepro.Transcript`: Adobe transcript JSON attached to a clip by an action. */
export interface TranscriptStaticApi {
  importFromJSON(jsonString: string): Ppro.TextSegments;
  createImportTextSegmentsAction(textSegments: Ppro.TextSegments, clipProjectItem: ClipProjectItemApi): ActionApi;
  /** The clip's own transcript (Speech to Text) as Adobe transcript JSON. */
  exportToJSON(clipProjectItem: ClipProjectItemApi): Promise<string>;
}

/** `premierepro.ClipProjectItem` / `FolderItem` casts. */
export interface ItemCastsApi {
  readonly ClipProjectItem: { cast(projectItem: ProjectItemApi): ClipProjectItemApi };
  readonly FolderItem: { cast(projectItem: ProjectItemApi): FolderItemApi };
}

/** `premierepro.Exporter`: still frames from a sequence. */
export interface ExporterStaticApi {
  exportSequenceFrame(sequence: SequenceApi, time: TickTimeApi, filename: string, filepath: string, width: number, height: number): Promise<boolean>;
}

/** `premierepro.EncoderManager`: sequence exports (audio for transcription, with a WAV preset). */
export interface EncoderManagerStaticApi {
  getManager(): {
    exportSequence(sequence: SequenceApi, exportType: Ppro.Constants.ExportType, outputFile?: string, presetFile?: string, exportFull?: boolean): Promise<boolean>;
  };
}

/** `premierepro.ProjectUtils`: what is selected in the Project panel. */
export interface ProjectUtilsStaticApi {
  getSelection(project: ProjectApi): Promise<Pick<Ppro.ProjectItemSelection, never> & { getItems(): Promise<ProjectItemApi[]> }>;
}

/** `premierepro.Application`: Premiere's version (`26.3.0`). */
export type ApplicationApi = Pick<Ppro.Application, 'version'>;

/** Everything `createPremiereHost` needs from the `premierepro` module. */
export interface PremiereApi extends ItemCastsApi {
  readonly Application: ApplicationApi;
  readonly SequenceEditor: SequenceEditorStaticApi<SequenceApi>;
  readonly Project: ProjectStaticApi;
  readonly ProjectUtils: ProjectUtilsStaticApi;
  readonly Markers: MarkersStaticApi;
  readonly Marker: Pick<Ppro.MarkerStatic, 'MARKER_TYPE_COMMENT' | 'MARKER_TYPE_CHAPTER'>;
  readonly ProjectItem: Pick<Ppro.ProjectItemStatic, 'TYPE_BIN' | 'TYPE_CLIP'> & { cast(item: FolderItemApi | ClipProjectItemApi): ProjectItemApi };
  readonly TickTime: TickTimeStaticApi;
  readonly Metadata: MetadataStaticApi;
  readonly Transcript: TranscriptStaticApi;
  readonly Exporter: ExporterStaticApi;
  readonly EncoderManager: EncoderManagerStaticApi;
  readonly Constants: { readonly ExportType: Pick<typeof Ppro.Constants.ExportType, 'IMMEDIATELY'> } & TimelineConstantsApi;
}

// The timeline slice the plugin edits with: the same derivation, narrowed to what rough cuts, assemblies and audio
// placement read and write.

/** A clip on a track (`VideoClipTrackItem` / `AudioClipTrackItem`): times in ticks, edits by action. */
export interface TrackItemApi extends Pick<Ppro.AudioClipTrackItem, 'getName' | 'isDisabled' | 'createSetDisabledAction'> {
  getStartTime(): Promise<TickTimeApi>;
  getEndTime(): Promise<TickTimeApi>;
  getInPoint(): Promise<TickTimeApi>;
  getOutPoint(): Promise<TickTimeApi>;
  getProjectItem(): Promise<ProjectItemApi>;
}

/** A video or audio track. `createSetNameAction` exists from 26.3 and returns a plain object the transaction takes. */
export interface TrackApi extends Pick<Ppro.AudioTrack, 'name' | 'isMuted' | 'createSetNameAction'> {
  getTrackItems(trackItemType: Ppro.Constants.TrackItemType, includeEmptyTrackItems: boolean): TrackItemApi[];
}

/** The tracks of a sequence. */
export interface SequenceTracksApi {
  getVideoTrackCount(): Promise<number>;
  getAudioTrackCount(): Promise<number>;
  getVideoTrack(trackIndex: number): Promise<TrackApi>;
  getAudioTrack(trackIndex: number): Promise<TrackApi>;
}

/** `premierepro.SequenceEditor`: the timeline edits, as actions. */
export interface SequenceEditorApi {
  /** Inserting at a track index equal to the track count creates a new track (per Adobe's declaration). */
  createInsertProjectItemAction(projectItem: ProjectItemApi, time: TickTimeApi, videoTrackIndex: number, audioTrackIndex: number, limitShift: boolean): ActionApi;
  createOverwriteItemAction(projectItem: ProjectItemApi, time: TickTimeApi, videoTrackIndex: number, audioTrackIndex: number): ActionApi;
}

/** `premierepro.SequenceEditor` (static). */
export interface SequenceEditorStaticApi<Sequence> {
  getEditor(sequenceObject: Sequence): SequenceEditorApi;
}

/** `premierepro.Constants.TrackItemType` and `MediaType` values the plugin passes. */
export interface TimelineConstantsApi {
  readonly TrackItemType: Pick<typeof Ppro.Constants.TrackItemType, 'CLIP'>;
}
