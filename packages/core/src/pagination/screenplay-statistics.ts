import type { Screenplay } from '../screenplay/screenplay.js';
import type { SceneSetting } from '../screenplay/screenplay-model.js';
import type { PaperName } from './page-geometry.js';
import { paginateScreenplay } from './paginate-screenplay.js';
import type { PaginatedScreenplay } from './printed-page.js';

/** Per-scene figures: where the scene starts, its length in eighths of a page, setting, time of day, location. */
export interface SceneStatistics {
  readonly id: string;
  /** The page the heading prints on, from 1. */
  readonly page: number;
  readonly eighths: number;
  readonly setting?: SceneSetting;
  readonly timeOfDay?: string;
  readonly location: string;
}

/** Whole-script length figures, read from the script's pages as Final Draft sets them. */
export interface ScreenplayStatistics {
  /** Numbered pages, as the PDF has them (the title page not counted). */
  readonly pages: number;
  /** Pages to the last printed line, in hundredths: 126.5 when the last page is half full. */
  readonly exactPages: number;
  /** One page a minute, rounded to the minute. */
  readonly runtimeMinutes: number;
  readonly scenes: readonly SceneStatistics[];
  /** How the lengths were measured, for the reader ("127 US Letter pages as Final Draft sets them, 54 lines a page"). */
  readonly method: string;
}

/** Options of `computeStatistics`. */
export interface StatisticsOptions {
  readonly paper?: PaperName;
  /** Pages already laid out for this script (the preview's), so they are not laid out twice. */
  readonly paginated?: PaginatedScreenplay;
}

/**
 * Length figures from real pages: the script is paginated as Final Draft does (see `paginateScreenplay`), a scene runs
 * from its heading to the next heading, and its length is those body lines in eighths of a page, at least 1/8 — what
 * a breakdown sheet shows. Runtime is the one-page-a-minute rule.
 */
export function computeStatistics(screenplay: Screenplay, options: StatisticsOptions = {}): ScreenplayStatistics {
  const paginated = options.paginated ?? paginateScreenplay(screenplay, { paper: options.paper ?? 'letter' });
  const { bodyLines, paper } = paginated.geometry;
  // Where each element first prints, as a body line counted from the top of page 1.
  const firstLine = new Map<number, number>();
  let end = 0;
  paginated.pages.forEach((page, pageIndex) => {
    for (const line of page.lines) {
      const position = pageIndex * bodyLines + line.y;
      if (line.element !== undefined && !firstLine.has(line.element)) firstLine.set(line.element, position);
      end = Math.max(end, position + 1);
    }
  });
  const starts = screenplay.scenes.map((scene) => {
    for (let element = scene.elementStart; element < scene.elementEnd; element += 1) {
      const position = firstLine.get(element);
      if (position !== undefined) return position;
    }
    return undefined;
  });
  const scenes = screenplay.scenes.map((scene, index) => {
    const start = starts[index] ?? end;
    const next = starts.slice(index + 1).find((position) => position !== undefined) ?? end;
    return {
      id: scene.id,
      page: Math.floor(start / bodyLines) + 1,
      eighths: Math.max(1, Math.round(((next - start) / bodyLines) * 8)),
      ...(scene.setting === undefined ? {} : { setting: scene.setting }),
      ...(scene.timeOfDay === undefined ? {} : { timeOfDay: scene.timeOfDay }),
      location: scene.location,
    };
  });
  const exactPages = Math.round((end / bodyLines) * 100) / 100;
  return {
    pages: paginated.pages.length,
    exactPages,
    runtimeMinutes: Math.round(end / bodyLines),
    scenes,
    method: `${paginated.pages.length} ${paper === 'a4' ? 'A4' : 'US Letter'} page${paginated.pages.length === 1 ? '' : 's'} as Final Draft sets them, ${bodyLines} lines a page`,
  };
}
