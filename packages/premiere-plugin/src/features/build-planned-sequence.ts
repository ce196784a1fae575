import type { PremiereCapabilities } from '../capabilities/premiere-capabilities.js';
import type { FileStore } from '../ports/file-store.js';
import type { NewMarker, PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { clipsFromRanges, type PlannedRange } from '../timeline/clips-from-ranges.js';
import { writeXmemlSequence } from '../timeline/write-xmeml-sequence.js';
import { frameRates, type FrameRate } from '../time/frame-rate.js';
import { ticksToSeconds } from '../time/ticks.js';

/** How a planned sequence reached the project: built by the API, imported from XML, or left as a file to import. */
export type PlannedSequenceRoute = 'sequence' | 'xml-imported' | 'xml-file';

/** A plan of ranges to make into a new sequence. */
export interface PlannedSequenceRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly capabilities: PremiereCapabilities;
  readonly name: string;
  /** The XML file's name without `.xml`, e.g. `interview.rough-cut`. */
  readonly fileStem: string;
  readonly ranges: readonly (PlannedRange & { readonly label: string })[];
  readonly markers: readonly NewMarker[];
  readonly undoLabel: string;
  readonly rate?: FrameRate;
}

/** The sequence's name (as Premiere took it) and how it got there. */
export interface PlannedSequence {
  readonly name: string;
  readonly route: PlannedSequenceRoute;
  /** The FCP 7 XML written on the XML routes. */
  readonly xmlPath?: string;
}

/** The bin new sequences and their subclips go into. */
export const sequencesBinName = 'Reelkit Sequences';

/**
 * Makes a plan into a new sequence by the best route the version has: `buildSequence` on Premiere 26.3+ (subclips,
 * then the edit as one undo step); before it, FCP 7 XML of the same plan imported with `Project.importFiles`.
 */
export async function buildPlannedSequence(request: PlannedSequenceRequest): Promise<PlannedSequence> {
  if (request.ranges.length === 0) throw new PremiereHostError('The plan keeps nothing.', 'Untick some cuts, or choose another clip.');
  if (request.capabilities['build-sequences'].available) {
    const clips = clipsFromRanges(request.ranges, request.rate);
    const built = await request.host.buildSequence({ name: request.name, clips, markers: request.markers, binName: sequencesBinName, undoLabel: request.undoLabel });
    return { name: built.name, route: 'sequence' };
  }
  const folder = (await request.files.workFolder()).replace(/[/\\]+$/, '');
  const xmlPath = `${folder}/${request.fileStem}.xml`;
  const cuts = request.ranges.map((range) => ({ label: range.label, sourceStart: range.sourceStart, sourceEnd: range.sourceEnd, planStart: range.planStart, planEnd: range.planEnd, mediaPath: range.mediaPath }));
  const markers = request.markers.map((marker) => ({ name: marker.name, note: marker.comments ?? '', planStart: ticksToSeconds(marker.startTicks) }));
  await request.files.writeText(xmlPath, writeXmemlSequence({ name: request.name, rate: request.rate ?? frameRates['24'], cuts, markers }));
  if (!request.capabilities['import-xml'].available) return { name: request.name, route: 'xml-file', xmlPath };
  await request.host.importIntoBin({ paths: [xmlPath], binName: sequencesBinName, undoLabel: request.undoLabel });
  return { name: request.name, route: 'xml-imported', xmlPath };
}
