import type { Screenplay } from './screenplay.js';
import type { ElementKind, ScreenplayElement } from './screenplay-element.js';
import type { SceneSetting } from './screenplay-model.js';

/** Lines on a standard US Letter screenplay page in 12 pt Courier (1.5 in left, 1 in other margins). */
export const linesPerPage = 55;

// Column widths at 10 characters per inch: action 6.0 in, dialogue 3.5 in, parenthetical 2.5 in.
const widths: Partial<Record<ElementKind, number>> = { action: 61, 'scene-heading': 61, transition: 61, centered: 61, lyrics: 35, dialogue: 35, parenthetical: 26, character: 38 };
const speech = new Set<ElementKind>(['dialogue', 'parenthetical', 'lyrics']);

/** Per-scene figures: length in eighths of a page, setting, time of day, location. */
export interface SceneStatistics {
  id: string;
  eighths: number;
  setting?: SceneSetting;
  timeOfDay?: string;
  location: string;
}

/**
 * Whole-script length figures with the estimation method spelled out in `computeStatistics`. Per-character figures
 * are representation's (`computeRepresentation`): one source for the report and every editor view.
 */
export interface ScreenplayStatistics {
  /** Printed lines the script would fill, by the method below. */
  printedLines: number;
  pages: number;
  runtimeMinutes: number;
  scenes: SceneStatistics[];
}

/**
 * Estimates length the way script supervisors do, without laying out pages: each element is wrapped at its
 * standard column width (action 61 characters, dialogue 35, parenthetical 26) and followed the standard
 * blank line (none between a cue and its speech); sections, synopses, notes and boneyard do not print;
 * a page holds 55 lines. A scene's length is its lines in eighths of a page, at least 1/8. Runtime uses
 * the one-page-per-minute rule, rounded to the minute.
 */
export function computeStatistics(screenplay: Screenplay): ScreenplayStatistics {
  const elementLines = screenplay.elements.map((element, index) => printedLines(element, screenplay.elements[index - 1]));
  const printed = elementLines.reduce((sum, lines) => sum + lines, 0);
  const pages = Math.round((printed / linesPerPage) * 100) / 100;
  const scenes = screenplay.scenes.map((scene) => {
    let lines = 0;
    for (let index = scene.elementStart; index < scene.elementEnd; index += 1) lines += elementLines[index] ?? 0;
    const stats: SceneStatistics = { id: scene.id, eighths: Math.max(1, Math.round((lines / linesPerPage) * 8)), location: scene.location };
    if (scene.setting !== undefined) stats.setting = scene.setting;
    if (scene.timeOfDay !== undefined) stats.timeOfDay = scene.timeOfDay;
    return stats;
  });
  return { printedLines: printed, pages, runtimeMinutes: Math.round(printed / linesPerPage), scenes };
}

function printedLines(element: ScreenplayElement, previous: ScreenplayElement | undefined): number {
  const width = widths[element.kind];
  if (width === undefined) return 0;
  let lines = 0;
  for (const line of element.text.split('\n')) lines += Math.max(1, Math.ceil(line.length / width));
  const joined = speech.has(element.kind) && previous !== undefined && (previous.kind === 'character' || speech.has(previous.kind));
  return lines + (joined ? 0 : 1);
}
