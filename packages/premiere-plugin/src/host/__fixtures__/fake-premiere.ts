// A fake of the `premierepro` slice in PremiereApi. It implements the port types derived from @adobe/premierepro, so
// it stops compiling when the port (and so the real API) changes; its objects keep the editing rules of
// fake-edit-rules.ts (actions inside lockedAccess, nothing applied before commit, one undo step per transaction).
import type { TextSegments } from '@adobe/premierepro';
import type { ClipProjectItemApi, PremiereApi, ProjectItemApi, SequenceApi, TickTimeApi } from '../premiere-api.js';
import { FakeEditRules, fakeSecond, fakeTime } from './fake-edit-rules.js';
import { FakeBin, FakeClip, fakeItemTypes } from './fake-items.js';
import { FakeProject } from './fake-project.js';
import { FakeSequence } from './fake-sequence.js';

/** Parsed transcript JSON, standing in for Premiere's opaque TextSegments. */
interface FakeTextSegments extends TextSegments {
  readonly json: string;
}

/** The fake module plus handles on its state. */
export interface FakePremiere {
  readonly api: PremiereApi;
  readonly rules: FakeEditRules;
  readonly project: FakeProject;
  readonly sequence: FakeSequence;
  readonly root: FakeBin;
  /** Items selected in the fake Project panel. */
  readonly selection: ProjectItemApi[];
  readonly exportedFrames: { readonly ticks: string; readonly filename: string; readonly folder: string }[];
  readonly exportedSequences: { readonly output: string; readonly preset: string; readonly exportFull: boolean }[];
  /** Clips in the project, by media path (the imported clip, not its subclips). */
  clip(path: string): FakeClip | undefined;
}

/** How the fake starts. */
export interface FakePremiereOptions {
  readonly project?: null;
  readonly sequence?: null;
  /** What `Application.version` says (26.3.0 by default). */
  readonly version?: string;
  /** Length of imported media by path, in seconds (60 s when not listed). */
  readonly mediaSeconds?: Readonly<Record<string, number>>;
  /** Called as Premiere renders an export, so a test can put the file where Premiere would write it. */
  readonly onExport?: (output: string, exportFull: boolean) => Promise<void>;
}

/** A project named `Film` with one 24 fps sequence, 60 s long, three video and three audio tracks. */
export function createFakePremiere(options: FakePremiereOptions = {}): FakePremiere {
  const rules = new FakeEditRules();
  const root = new FakeBin(rules, 'root');
  const clips = new Map<string, FakeClip>();
  const project = new FakeProject(rules, 'Film', '/projects/Film.prproj', root, (path) => {
    const seconds = options.mediaSeconds?.[path] ?? 60;
    const clip = new FakeClip(rules, path.slice(path.lastIndexOf('/') + 1), path, 0n, BigInt(Math.round(seconds * 1000)) * (fakeSecond / 1000n));
    clips.set(path, clip);
    return clip;
  });
  const sequence = new FakeSequence(rules, 'Cut 3', (60n * fakeSecond).toString(), '10584000000');
  if (options.sequence !== null) project.activeSequence = sequence;
  const exportedFrames: FakePremiere['exportedFrames'] = [];
  const exportedSequences: FakePremiere['exportedSequences'] = [];
  const asClip = (item: ProjectItemApi | ClipProjectItemApi): FakeClip => {
    if (!(item instanceof FakeClip)) throw new TypeError('ClipProjectItem.cast: not a clip.');
    return item;
  };
  const asSequence = (owner: SequenceApi | ClipProjectItemApi): FakeSequence => {
    if (!(owner instanceof FakeSequence)) throw new TypeError('The fake keeps markers on sequences only.');
    return owner;
  };
  const selection: ProjectItemApi[] = [];
  const api: PremiereApi = {
    Application: { version: options.version ?? '26.3.0' },
    Project: { getActiveProject: async () => (options.project === null ? null : project) },
    ProjectUtils: { getSelection: async () => ({ getItems: async () => [...selection] }) },
    Markers: { getMarkers: async (owner) => asSequence(owner).markersApi() },
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
      createSetXMPMetadataAction: (item, metadata) => rules.action(`set XMP of ${item.name}`, () => (asClip(item).xmp = metadata)),
    },
    Transcript: {
      importFromJSON: (json): FakeTextSegments => {
        JSON.parse(json);
        return { json };
      },
      createImportTextSegmentsAction: (segments, clip) =>
        rules.action(`import transcript to ${clip.name}`, () => (asClip(clip).transcript = (segments as FakeTextSegments).json)),
      exportToJSON: async (clip) => asClip(clip).premiereTranscript ?? '',
    },
    ClipProjectItem: { cast: asClip },
    FolderItem: {
      cast: (item) => {
        if (!(item instanceof FakeBin)) throw new TypeError('FolderItem.cast: not a bin.');
        return item;
      },
    },
    SequenceEditor: { getEditor: (target) => asSequence(target).editor() },
    Exporter: {
      exportSequenceFrame: async (_sequence, time, filename, folder) => {
        exportedFrames.push({ ticks: time.ticks, filename, folder });
        return true;
      },
    },
    EncoderManager: {
      getManager: () => ({
        exportSequence: async (_sequence, _type, output = '', preset = '', exportFull = true) => {
          exportedSequences.push({ output, preset, exportFull });
          await options.onExport?.(output, exportFull);
          return true;
        },
      }),
    },
    Constants: { ExportType: { IMMEDIATELY: 2 }, TrackItemType: { CLIP: 1 } },
  };
  return { api, rules, project, sequence, root, selection, exportedFrames, exportedSequences, clip: (path) => clips.get(path) };
}
