import type { ImportedItem, ImportRequest, MarkerInfo, NewMarker, PremiereHost, SequenceInfo } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { parseTicks } from '../time/ticks.js';
import { findBin, findClipsByPath } from './find-project-items.js';
import type { PremiereApi, ProjectApi, SequenceApi } from './premiere-api.js';
import { readSequenceInfo } from './read-sequence-info.js';
import { runTransaction } from './run-transaction.js';

/** The features' Premiere port over the `premierepro` module (or a fake of `PremiereApi` in tests). */
export function createPremiereHost(api: PremiereApi): PremiereHost {
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

    async readSelectedClip() {
      const project = await api.Project.getActiveProject().catch(() => null);
      if (project === null) return undefined;
      const items = await (await api.ProjectUtils.getSelection(project)).getItems();
      const item = items.find((candidate) => candidate.type === api.ProjectItem.TYPE_CLIP);
      return item === undefined ? undefined : { path: await api.ClipProjectItem.cast(item).getMediaFilePath(), name: item.name };
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
      const root = await project.getRootItem();
      let bin = await findBin(api, root, request.binName);
      if (bin === undefined) {
        runTransaction(project, `Reelkit: create bin ${request.binName}`, () => [root.createBinAction(request.binName, false)]);
        bin = await findBin(api, root, request.binName);
      }
      if (bin === undefined) throw new PremiereHostError(`Could not create the bin "${request.binName}".`, 'Create it by hand and try again.');
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

    async exportSequence(outputPath, presetPath): Promise<boolean> {
      const sequence = await requireSequence(await requireProject());
      return api.EncoderManager.getManager().exportSequence(sequence, api.Constants.ExportType.IMMEDIATELY, outputPath, presetPath, true);
    },
  };
}
