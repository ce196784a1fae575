import type { NewMarker } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import type { BuiltSequence, SequenceBuild } from '../ports/sequence-build.js';
import { parseTicks } from '../time/ticks.js';
import { ensureBin } from './ensure-bin.js';
import { findClipsByPath, listProjectItems } from './find-project-items.js';
import type { PremiereApi, ProjectApi } from './premiere-api.js';
import { runTransaction } from './run-transaction.js';

/** `name`, or `name (2)`, `name (3)`… — the first no item of the project is called or numbers its subclips after. */
function unusedName(taken: ReadonlySet<string>, name: string): string {
  const free = (candidate: string) => !taken.has(candidate) && !taken.has(`${candidate} · 001`);
  for (let suffix = 2; !free(name); suffix += 1) if (free(`${name} (${suffix})`)) return `${name} (${suffix})`;
  return name;
}

/**
 * Builds a new sequence (Premiere 26.3+). A subclip is made of each clip's range (one undo step: an object an action
 * creates exists only once its transaction commits); the sequence is created from the first subclip, so its settings
 * match the footage; then every subclip is overwritten at its time on V1/A1, the markers added and the subclips moved
 * into the bin — the edit, one undo step. The sequence opens in the Timeline; the one that was active is untouched.
 */
export async function buildSequence(api: PremiereApi, project: ProjectApi, build: SequenceBuild, markerType: (kind: NewMarker['kind']) => string): Promise<BuiltSequence> {
  const [first] = build.clips;
  if (first === undefined || first.atTicks !== 0n) throw new PremiereHostError('Nothing to place at the start of the new sequence.', 'Tick fewer cuts, or check the transcript has speech.');
  const time = (ticks: bigint) => api.TickTime.createWithTicks(ticks.toString());
  const root = await project.getRootItem();
  const paths = [...new Set(build.clips.map((clip) => clip.mediaPath))];
  const sources = new Map((await findClipsByPath(api, root, paths, true)).map((found) => [found.path, found.clip]));
  const clips = build.clips.flatMap((clip) => {
    const source = sources.get(clip.mediaPath);
    return source === undefined ? [] : [{ ...clip, source }];
  });
  if (clips.length < build.clips.length) throw new PremiereHostError(`No clip in the project uses ${paths.filter((path) => !sources.has(path)).join(', ')}.`, 'Import the media first.');
  const bin = await ensureBin(api, project, build.binName);
  const name = unusedName(new Set((await listProjectItems(api, root)).map((item) => item.name)), build.name);
  const subclipNames = build.clips.map((_, index) => `${name} · ${String(index + 1).padStart(3, '0')}`);
  runTransaction(project, `Reelkit: subclips for ${name}`, () =>
    clips.map((clip, index) => clip.source.createSubClipAction(subclipNames[index] ?? '', time(clip.sourceInTicks), time(clip.sourceOutTicks), true, { takeVideo: true, takeAudio: true })),
  );
  const byName = new Map((await listProjectItems(api, root)).map((item) => [item.name, item]));
  const subclips = subclipNames.map((subclipName) => byName.get(subclipName));
  if (subclips.some((item) => item === undefined)) throw new PremiereHostError(`Premiere did not make the subclips for "${name}".`, 'Undo "Reelkit: subclips", check the clips are online, and try again.');
  const placed = subclips.flatMap((item) => (item === undefined ? [] : [item]));
  const [firstSubclip] = placed;
  const sequence = await project.createSequenceFromMedia(name, firstSubclip === undefined ? [] : [api.ClipProjectItem.cast(firstSubclip)], api.ProjectItem.cast(bin));
  const editor = api.SequenceEditor.getEditor(sequence);
  const markers = build.markers === undefined || build.markers.length === 0 ? undefined : await api.Markers.getMarkers(sequence);
  runTransaction(project, build.undoLabel, () => [
    // The first subclip already sits at 0; overwriting it there again keeps the edit whole in this one step.
    ...placed.map((item, index) => editor.createOverwriteItemAction(item, time(build.clips[index]?.atTicks ?? 0n), 0, 0)),
    ...(build.markers ?? []).flatMap((marker) => (markers === undefined ? [] : [markers.createAddMarkerAction(marker.name, markerType(marker.kind), time(marker.startTicks), time(marker.durationTicks), marker.comments ?? '')])),
    ...placed.map((item) => bin.createMoveItemAction(item, bin)),
  ]);
  await project.openSequence(sequence).catch(() => false);
  return { id: sequence.guid.toString(), name, clipsPlaced: placed.length, markersAdded: build.markers?.length ?? 0, endTicks: parseTicks((await sequence.getEndTime()).ticks) };
}
