// A fake of the `premierepro` slice in PremiereApi. It implements the port types derived from @adobe/premierepro, so
// it stops compiling when the port (and so the real API) changes; the project enforces the transaction rules.
import type { TextSegments } from '@adobe/premierepro';
import type { ClipProjectItemApi, PremiereApi, ProjectItemApi, SequenceApi, TickTimeApi } from '../premiere-api.js';
import { FakeBin, FakeClip, fakeItemTypes, fakeTime } from './fake-items.js';
import { FakeAction, FakeProject } from './fake-project.js';
import { FakeSequence } from './fake-sequence.js';

/** Parsed transcript JSON, standing in for Premiere's opaque TextSegments. */
interface FakeTextSegments extends TextSegments {
  readonly json: string;
}

/** The fake module plus handles on its state. */
export interface FakePremiere {
  readonly api: PremiereApi;
  readonly project: FakeProject;
  readonly sequence: FakeSequence;
  readonly root: FakeBin;
  /** Items selected in the fake Project panel. */
  readonly selection: ProjectItemApi[];
  readonly exportedFrames: { readonly ticks: string; readonly filename: string; readonly folder: string }[];
  readonly exportedSequences: { readonly output: string; readonly preset: string }[];
  /** Clips in the project, by media path. */
  clip(path: string): FakeClip | undefined;
}

/** A project named `Film` with one 24 fps sequence, 60 s long; pass `{ project: null }` for no open project. */
export function createFakePremiere(options: { readonly project?: null; readonly sequence?: null } = {}): FakePremiere {
  const root = new FakeBin('root');
  const clips = new Map<string, FakeClip>();
  const project = new FakeProject('Film', '/projects/Film.prproj', root, (path) => {
    const clip = new FakeClip(path.slice(path.lastIndexOf('/') + 1), path);
    clips.set(path, clip);
    return clip;
  });
  const sequence = new FakeSequence('Cut 3', (60n * 254_016_000_000n).toString(), '10584000000');
  if (options.sequence !== null) project.activeSequence = sequence;
  const exportedFrames: FakePremiere['exportedFrames'] = [];
  const exportedSequences: FakePremiere['exportedSequences'] = [];
  const asClip = (item: ProjectItemApi | ClipProjectItemApi): FakeClip => {
    if (!(item instanceof FakeClip)) throw new TypeError('ClipProjectItem.cast: not a clip.');
    return item;
  };
  const ownMarkers = (owner: SequenceApi | ClipProjectItemApi) => {
    if (owner !== sequence) throw new TypeError('The fake keeps markers on its sequence only.');
    return sequence.markersApi();
  };
  const selection: ProjectItemApi[] = [];
  const api: PremiereApi = {
    Project: { getActiveProject: async () => (options.project === null ? null : project) },
    ProjectUtils: { getSelection: async () => ({ getItems: async () => [...selection] }) },
    Markers: { getMarkers: async (owner) => ownMarkers(owner) },
    Marker: { MARKER_TYPE_COMMENT: 'Comment', MARKER_TYPE_CHAPTER: 'Chapter' },
    ProjectItem: {
      ...fakeItemTypes,
      cast: (item) => {
        if (!(item instanceof FakeBin || item instanceof FakeClip)) throw new TypeError('ProjectItem.cast: not a fake item.');
        return item;
      },
    },
    TickTime: { createWithTicks: (ticks: string): TickTimeApi => fakeTime(ticks) },
    Metadata: {
      getXMPMetadata: async (item) => asClip(item).xmp,
      createSetXMPMetadataAction: (item, metadata) => new FakeAction(`set XMP of ${item.name}`, () => (asClip(item).xmp = metadata)),
    },
    Transcript: {
      importFromJSON: (json): FakeTextSegments => {
        JSON.parse(json);
        return { json };
      },
      createImportTextSegmentsAction: (segments, clip) =>
        new FakeAction(`import transcript to ${clip.name}`, () => (asClip(clip).transcript = (segments as FakeTextSegments).json)),
    },
    ClipProjectItem: { cast: asClip },
    FolderItem: {
      cast: (item) => {
        if (!(item instanceof FakeBin)) throw new TypeError('FolderItem.cast: not a bin.');
        return item;
      },
    },
    Exporter: {
      exportSequenceFrame: async (_sequence, time, filename, folder) => {
        exportedFrames.push({ ticks: time.ticks, filename, folder });
        return true;
      },
    },
    EncoderManager: {
      getManager: () => ({
        exportSequence: async (_sequence, _type, output = '', preset = '') => {
          exportedSequences.push({ output, preset });
          return true;
        },
      }),
    },
    Constants: { ExportType: { IMMEDIATELY: 2 } },
  };
  return { api, project, sequence, root, selection, exportedFrames, exportedSequences, clip: (path) => clips.get(path) };
}
