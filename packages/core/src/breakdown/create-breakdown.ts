import { findAppearances } from '../representation/find-appearances.js';
import { creditGroupCues } from '../representation/credit-group-cues.js';
import { speakersByCue } from '../representation/speakers-by-cue.js';
import type { Screenplay } from '../screenplay/screenplay.js';
import type { PaperName } from '../pagination/page-geometry.js';
import { computeStatistics, type ScreenplayStatistics } from '../pagination/screenplay-statistics.js';
import type { Breakdown, BreakdownScene, CharacterTotals, LocationTotals } from './breakdown.js';

/** Options of `createBreakdown`. */
export interface BreakdownOptions {
  /** The paper the lengths are measured on (default US Letter). */
  readonly paper?: PaperName;
  /** The script's statistics if already computed (the report's), so it is not paginated twice. */
  readonly statistics?: ScreenplayStatistics;
  /** Where each speaking character is present, if already found (the report's `characters`), so names are not searched twice. */
  readonly presence?: readonly { readonly name: string; readonly sceneIds: readonly string[] }[];
}

/**
 * The production breakdown of a script: each scene's number, setting, location, time of day, length in eighths, and
 * its speaking and silent cast — the speakers as the report counts them (a line spoken together is each speaker's),
 * silent cast as the report's presence finds them — with totals per location and per character.
 */
export function createBreakdown(screenplay: Screenplay, options: BreakdownOptions = {}): Breakdown {
  const statistics = options.statistics ?? computeStatistics(screenplay, options.paper === undefined ? {} : { paper: options.paper });
  const eighths = new Map(statistics.scenes.map((scene) => [scene.id, scene.eighths]));
  const eighthsOf = (id: string): number => eighths.get(id) ?? 1;
  const speakersAt = speakersByCue(creditGroupCues(screenplay.characters));
  const presentIn = new Map<string, string[]>();
  const presence = options.presence ?? [...findAppearances(screenplay)].map(([name, appearance]) => ({ name, sceneIds: appearance.scenesPresent }));
  for (const { name, sceneIds } of presence) {
    for (const sceneId of sceneIds) presentIn.set(sceneId, [...(presentIn.get(sceneId) ?? []), name]);
  }

  const scenes: BreakdownScene[] = screenplay.scenes.map((scene, index) => {
    const speaking: string[] = [];
    for (let element = scene.elementStart; element < scene.elementEnd; element += 1) {
      for (const name of speakersAt.get(element) ?? []) if (!speaking.includes(name)) speaking.push(name);
    }
    const silent = (presentIn.get(scene.id) ?? []).filter((name) => !speaking.includes(name));
    return {
      id: scene.id,
      number: scene.sceneNumber ?? String(index + 1),
      heading: scene.heading,
      ...(scene.setting === undefined ? {} : { setting: scene.setting }),
      location: scene.location,
      ...(scene.timeOfDay === undefined ? {} : { timeOfDay: scene.timeOfDay }),
      eighths: eighthsOf(scene.id),
      speaking,
      silent,
      line: scene.range.start.line,
    };
  });
  return {
    scenes,
    locations: locationTotals(scenes),
    characters: characterTotals(scenes),
    lengthMethod: statistics.method,
  };
}

function locationTotals(scenes: readonly BreakdownScene[]): LocationTotals[] {
  const byLocation = new Map<string, { location: string; scenes: number; eighths: number; settings: LocationTotals['settings'][number][]; times: string[] }>();
  for (const scene of scenes) {
    const key = scene.location.toUpperCase();
    const totals = byLocation.get(key) ?? { location: scene.location, scenes: 0, eighths: 0, settings: [], times: [] };
    totals.scenes += 1;
    totals.eighths += scene.eighths;
    if (scene.setting !== undefined && !totals.settings.includes(scene.setting)) totals.settings.push(scene.setting);
    if (scene.timeOfDay !== undefined && !totals.times.includes(scene.timeOfDay)) totals.times.push(scene.timeOfDay);
    byLocation.set(key, totals);
  }
  return [...byLocation.values()].sort((a, b) => b.eighths - a.eighths || b.scenes - a.scenes || a.location.localeCompare(b.location));
}

function characterTotals(scenes: readonly BreakdownScene[]): CharacterTotals[] {
  const byName = new Map<string, { name: string; scenes: number; speakingScenes: number; eighths: number; first: string; last: string }>();
  for (const scene of scenes) {
    for (const name of [...scene.speaking, ...scene.silent]) {
      const totals = byName.get(name) ?? { name, scenes: 0, speakingScenes: 0, eighths: 0, first: scene.number, last: scene.number };
      totals.scenes += 1;
      if (scene.speaking.includes(name)) totals.speakingScenes += 1;
      totals.eighths += scene.eighths;
      totals.last = scene.number;
      byName.set(name, totals);
    }
  }
  return [...byName.values()].sort((a, b) => b.eighths - a.eighths || b.scenes - a.scenes || a.name.localeCompare(b.name));
}
