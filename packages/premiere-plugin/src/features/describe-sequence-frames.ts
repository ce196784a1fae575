import { parseSrt, writeSrt } from '@reelkit/core/captions';
import type { Finding } from '@reelkit/core/findings';
import type { Guard } from '@reelkit/core/guard';
import type { TextModel } from '@reelkit/core/models';
import { describeFrames, type AudioDescriptions } from '@reelkit/core/tasks/descriptions';
import { sidecarPaths } from '../captions/sidecar-paths.js';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, NewMarker, PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { buildXmpPacket } from '../provenance/build-xmp-packet.js';
import { deliverSidecar } from '../provenance/deliver-sidecar.js';
import { frameRateFromTicksPerFrame } from '../time/frame-rate.js';
import { alignToFrame } from '../time/frame-ticks.js';
import { secondsToTicks, ticksToSeconds } from '../time/ticks.js';
import { captionsBinName } from './transcribe-media.js';
import { fileNameOf } from '../paths/file-name-of.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** Audio descriptions to write for the active sequence. */
export interface DescribeSequenceFramesRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  /** The panel session's guard: each description is checked and recorded, and the SRT delivered, through it. */
  readonly guard: Guard;
  /** A vision model. */
  readonly model: TextModel;
  /** The transcribed clip that carries the sequence's dialogue (its SRT sidecar gives the speech to avoid). */
  readonly mediaPath: string;
  /** Sequence times, in seconds, to describe. */
  readonly times: readonly number[];
  readonly context?: string;
  readonly now: () => Date;
  readonly signal?: AbortSignal;
}

/** The descriptions, where they went, and how many markers mark them. */
export interface DescribedSequenceFrames {
  readonly descriptions: AudioDescriptions;
  readonly webVttPath: string;
  readonly imported: readonly ImportedItem[];
  readonly markersAdded: number;
  /** The core's findings on the descriptions, and any on the SRT's delivery. */
  readonly findings: readonly Finding[];
}

// 24 fps, for a sequence that reports no timebase.
const fallbackTicksPerFrame = 10_584_000_000n;

/**
 * Exports the sequence's frame at each time (`host.exportFrame`), has the core's `describeFrames` place a description
 * in the dialogue gaps of the clip's captions, writes a WebVTT descriptions track (and an SRT of it, which Premiere
 * imports, with XMP), and adds a comment marker per description in one undo step.
 */
export async function describeSequenceFrames(request: DescribeSequenceFramesRequest): Promise<DescribedSequenceFrames> {
  const sequence = await request.host.readActiveSequence();
  if (sequence === undefined) throw new PremiereHostError('No sequence is active.', 'Open a sequence in the Timeline panel, then try again.');
  const folder = (await request.files.workFolder()).replace(/[/\\]+$/, '');
  const paths = sidecarPaths(folder, request.mediaPath);
  const speech = parseSrt(await request.files.readBytes(paths.srt).then((bytes) => new TextDecoder().decode(bytes), () => '')).cues;
  const frames = [];
  for (const [index, time] of request.times.entries()) {
    const filename = `describe-${index + 1}.png`;
    const exported = await request.host.exportFrame(secondsToTicks(time), `${folder}/`, filename, { width: 960, height: 540 });
    if (!exported) throw new PremiereHostError(`Premiere could not export the frame at ${time} s.`, 'Check the sequence has video at that time.');
    frames.push({ time, image: { bytes: await request.files.readBytes(`${folder}/${filename}`), filename, mediaType: 'image/png' } });
  }
  const descriptions = await describeFrames({
    model: request.guard.text(request.model),
    frames,
    speech,
    mediaDurationSeconds: ticksToSeconds(sequence.endTicks),
    ...omitUndefined({ context: request.context, signal: request.signal }),
  });
  const base = paths.srt.replace(/\.srt$/, '');
  const webVttPath = `${base}.descriptions.vtt`;
  const srtPath = `${base}.descriptions.srt`;
  await request.files.writeText(webVttPath, descriptions.webVtt);
  const srt = await deliverSidecar(request.guard, {
    text: writeSrt(descriptions.cues),
    mediaType: 'application/x-subrip',
    model: request.model,
    task: 'audio-description',
    title: fileNameOf(srtPath),
    generations: descriptions.provenanceIds,
  });
  await request.files.writeBytes(srtPath, srt.file.bytes);
  const fileName = fileNameOf(request.mediaPath);
  const xmp = buildXmpPacket({
    model: `${request.model.provider}/${request.model.modelId}`,
    source: `frames of ${sequence.name}`,
    description: `Audio descriptions of ${sequence.name}, placed around the dialogue of ${fileName}`,
    createdAt: request.now().toISOString(),
    ...omitUndefined({ provenanceId: srt.provenanceId }),
  });
  const imported = await request.host.importIntoBin({ paths: [srtPath], binName: captionsBinName, xmp: { [srtPath]: xmp }, undoLabel: `Reelkit: audio descriptions of ${sequence.name}` });
  const rate = frameRateFromTicksPerFrame(sequence.ticksPerFrame > 0n ? sequence.ticksPerFrame : fallbackTicksPerFrame);
  const markers: NewMarker[] = descriptions.cues.map((cue, index) => {
    const start = alignToFrame(secondsToTicks(cue.start), rate);
    const end = alignToFrame(secondsToTicks(cue.end), rate);
    return { name: `AD ${index + 1}`, kind: 'comment', startTicks: start, durationTicks: end > start ? end - start : 0n, comments: cue.lines.join(' ') };
  });
  const markersAdded = await request.host.addMarkers(markers, 'Reelkit: audio description markers');
  return { descriptions, webVttPath, imported, markersAdded, findings: [...descriptions.findings, ...srt.findings] };
}
