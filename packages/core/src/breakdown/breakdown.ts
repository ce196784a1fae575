import type { SceneSetting } from '../screenplay/screenplay-model.js';

/** One scene of a production breakdown: what a first AD's breakdown sheet carries. */
export interface BreakdownScene {
  readonly id: string;
  /** The script's scene number (`#12A#`), else the scene's place in the script from 1. */
  readonly number: string;
  readonly heading: string;
  readonly setting?: SceneSetting;
  readonly location: string;
  readonly timeOfDay?: string;
  /** Length in eighths of a page, at least 1. */
  readonly eighths: number;
  /** Characters with a line in the scene, in order of their first line. */
  readonly speaking: readonly string[];
  /** Speaking characters of the script named in the scene's action but silent in it, in the order the script first has them speak. */
  readonly silent: readonly string[];
  /** Zero-based line of the heading, for a link back to the script. */
  readonly line: number;
}

/** Totals for one location (the heading's location, without setting and time of day). */
export interface LocationTotals {
  readonly location: string;
  readonly scenes: number;
  readonly eighths: number;
  /** INT, EXT, … as the headings give them, in order of first use. */
  readonly settings: readonly SceneSetting[];
  /** DAY, NIGHT, … as the headings give them, in order of first use. */
  readonly times: readonly string[];
}

/** Totals for one character: the scenes (and pages) the character must be on set for. */
export interface CharacterTotals {
  readonly name: string;
  /** Scenes the character speaks or is named in. */
  readonly scenes: number;
  readonly speakingScenes: number;
  readonly eighths: number;
  /** Number of the first and last scene. */
  readonly first: string;
  readonly last: string;
}

/** A production breakdown of a script: per scene, then totals per location and per character, longest first. */
export interface Breakdown {
  readonly scenes: readonly BreakdownScene[];
  readonly locations: readonly LocationTotals[];
  readonly characters: readonly CharacterTotals[];
  /** Where the lengths come from, for the reader: the paginated pages, or the estimate. */
  readonly lengthMethod: string;
}
