// The timeline slice of `premierepro` the plugin edits with, derived from @adobe/premierepro 26.3 like premiere-api.ts:
// real member names, real parameter and return types through Pick/Parameters/ReturnType, objects narrowed to what the
// plugin reads so a fake can implement them (and stops compiling when Adobe changes them).
import type * as Ppro from '@adobe/premierepro';
import type { ActionApi, ProjectItemApi, TickTimeApi } from './premiere-api.js';

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
