import type { ImportedItem, ImportRequest, MarkerInfo, NewMarker, PremiereHost, SequenceInfo } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { parseTicks } from '../time/ticks.js';
import { buildSequence } from './build-sequence.js';
import { ensureBin } from './ensure-bin.js';
import { findClipsByPath } from './find-project-items.js';
import { placeAudio } from './place-audio.js';
import type { PremiereApi, ProjectApi, SequenceApi } from './premiere-api.js';
import { readSequenceInfo } from './read-sequence-info.js';
import { readSequenceTracks } from './read-sequence-tracks.js';
import { runTransaction } from './run-transaction.js';

/** What the host adapter reads besides the module: UXP's own report of the host version, for when Premiere's is missing. */
export interface PremiereHostOptions {
  readonly hostVersion?: () => string | undefined;
}

/** The features' Premiere port over the `premierepro` module (or a fake of `PremiereApi` in tests). */
export function createPremiereHost(api: PremiereApi, options: PremiereHostOptions = {}): PremiereHost {
  const requireProject = async (): Promise<ProjectApi> => {
    const project = await api.Project.getActiveProject().catch(() => null);
    if (project === null) throw new PremiereHostError('No project is open in Premiere.', 'Open or create a project, then try again.');
    return project;
  };
  const requireSequence = async (project: ProjectApi): Promise<SequenceApi> => {
    const sequence = await project.getActiveSequence().catch(() => null);
    if (sequence === null) throw new PremiereHostError('No sequence is active.', 'Open a sequence in the Timeline panel, then try again.');
    return sequence;
  };
  const markerType = (kind: NewMarker['kind']): string => (kind === 'chapter' ? api.Marker.MARKER_TYPE_CHAPTER : api.Marker.MARKER_TYPE_COMMENT);
  const time = (ticks: bigint) => api.TickTime.createWithTicks(ticks.toString());
  const selectedClips = async (): Promise<{ path: string; name: string }[]> => {
    const project = await api.Project.getActiveProject().catch(() => null);
    if (project === null) return [];
    const items = (await (await api.ProjectUtils.getSelection(project)).getItems()).filter((candidate) => candidate.type === api.ProjectItem.TYPE_CLIP);
    return Promise.all(items.map(async (item) => ({ path: await api.ClipProjectItem.cast(item).getMediaFilePath(), name: item.name })));
  };

  return {
    async readProjectName() {
      // Resolves to null (despite its declared type) or rejects when no project is open.
      const project = await api.Project.getActiveProject().catch(() => null);
      return project?.name ?? undefined;
    },

    async readActiveSequence(): Promise<SequenceInfo | undefined> {
      const project = await api.Project.getActiveProject().catch(() => null);
      const sequence = project === null ? null : await project.getActiveSequence().catch(() => null);
      return sequence === null ? undefined : readSequenceInfo(sequence);
    },

    async readPremiereVersion() {
      // Read defensively: a version of Premiere without the property answers undefined, and UXP's host report stands in.
      const version = (api.Application as Partial<PremiereApi['Application']> | undefined)?.version;
      return typeof version === 'string' && version !== '' ? version : options.hostVersion?.();
    },

    async readSelectedClip() {
      return (await selectedClips())[0];
    },

    readSelectedClips: selectedClips,

    async readClipDuration(mediaPath) {
      const project = await requireProject();
      const [found] = await findClipsByPath(api, await project.getRootItem(), [mediaPath], true);
      return found === undefined ? undefined : parseTicks((await found.clip.getMedia()).duration.ticks);
    },

    async readClipTranscript(mediaPath) {
      const project = await requireProject();
      const [found] = await findClipsByPath(api, await project.getRootItem(), [mediaPath], true);
      if (found === undefined) return undefined;
      // Read defensively: a version without the call has no transcript to give, rather than an error to show.
      if (typeof api.Transcript.exportToJSON !== 'function') return undefined;
      const json = await api.Transcript.exportToJSON(found.clip).catch(() => '');
      return json.trim() === '' ? undefined : json;
    },

    async readTracks() {
      return readSequenceTracks(api, await requireSequence(await requireProject()));
    },

    async readMarkers(): Promise<MarkerInfo[]> {
      const sequence = await requireSequence(await requireProject());
      const markers = await api.Markers.getMarkers(sequence);
      return markers
        .getMarkers()
        .map((marker) => ({
          name: marker.getName(),
          comments: marker.getComments(),
          type: marker.getType(),
          startTicks: parseTicks(marker.getStart().ticks),
          durationTicks: parseTicks(marker.getDuration().ticks),
        }))
        .sort((a, b) => (a.startTicks < b.startTicks ? -1 : a.startTicks > b.startTicks ? 1 : 0));
    },

    async addMarkers(newMarkers, undoLabel): Promise<number> {
      const project = await requireProject();
      const markers = await api.Markers.getMarkers(await requireSequence(project));
      return runTransaction(project, undoLabel, () =>
        newMarkers.map((marker) =>
          markers.createAddMarkerAction(marker.name, markerType(marker.kind), time(marker.startTicks), time(marker.durationTicks), marker.comments ?? ''),
        ),
      );
    },

    async importIntoBin(request: ImportRequest): Promise<ImportedItem[]> {
      const project = await requireProject();
      const bin = await ensureBin(api, project, request.binName);
      // importFiles is not an action: Premiere records it as its own undo step.
      const imported = await project.importFiles([...request.paths], true, api.ProjectItem.cast(bin), false);
      if (!imported) throw new PremiereHostError(`Premiere could not import ${request.paths.join(', ')}.`, 'Check the files exist and are a format Premiere reads.');
      const clips = await findClipsByPath(api, bin, request.paths);
      runTransaction(project, request.undoLabel, () =>
        clips.flatMap(({ path, item, clip }) => {
          const xmp = request.xmp?.[path];
          const transcript = request.transcripts?.[path];
          return [
            ...(xmp === undefined ? [] : [api.Metadata.createSetXMPMetadataAction(item, xmp)]),
            ...(transcript === undefined ? [] : [api.Transcript.createImportTextSegmentsAction(api.Transcript.importFromJSON(transcript), clip)]),
          ];
        }),
      );
      return clips.map(({ path, item }) => ({ path, id: item.getId(), name: item.name }));
    },

    async attachTranscript(mediaPath, transcriptJson, undoLabel): Promise<void> {
      const project = await requireProject();
      const [found] = await findClipsByPath(api, await project.getRootItem(), [mediaPath], true);
      if (found === undefined) throw new PremiereHostError(`No clip in the project uses ${mediaPath}.`, 'Import the media first.');
      runTransaction(project, undoLabel, () => [api.Transcript.createImportTextSegmentsAction(api.Transcript.importFromJSON(transcriptJson), found.clip)]);
    },

    async exportFrame(atTicks, folder, filename, size): Promise<boolean> {
      const sequence = await requireSequence(await requireProject());
      return api.Exporter.exportSequenceFrame(sequence, time(atTicks), filename, folder, size.width, size.height);
    },

    async exportSequence(outputPath, presetPath, range = 'entire'): Promise<boolean> {
      const sequence = await requireSequence(await requireProject());
      // exportFull false renders only from the sequence's in point to its out point.
      return api.EncoderManager.getManager().exportSequence(sequence, api.Constants.ExportType.IMMEDIATELY, outputPath, presetPath, range === 'entire');
    },

    async buildSequence(build) {
      return buildSequence(api, await requireProject(), build, markerType);
    },

    async placeAudio(placement) {
      const project = await requireProject();
      return placeAudio(api, project, await requireSequence(project), placement);
    },
  };
}
