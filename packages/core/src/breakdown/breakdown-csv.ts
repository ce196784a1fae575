import type { Breakdown } from './breakdown.js';
import { formatEighths } from './format-eighths.js';

/** Which table of the breakdown a CSV holds. */
export type BreakdownTable = 'scenes' | 'locations' | 'characters';

/**
 * One table of the breakdown as CSV (RFC 4180: CRLF line ends, every field that needs it quoted, quotes doubled), with
 * a header row, lengths both as eighths and as pages ("1 3/8"), names joined by "; ". Opens as is in a spreadsheet.
 */
export function breakdownCsv(breakdown: Breakdown, table: BreakdownTable = 'scenes'): string {
  const rows: (string | number)[][] =
    table === 'scenes'
      ? [
          ['Scene', 'INT/EXT', 'Location', 'Time', 'Eighths', 'Pages', 'Speaking cast', 'Silent cast', 'Heading', 'Line'],
          ...breakdown.scenes.map((scene) => [scene.number, scene.setting ?? '', scene.location, scene.timeOfDay ?? '', scene.eighths, formatEighths(scene.eighths), scene.speaking.join('; '), scene.silent.join('; '), scene.heading, scene.line + 1]),
        ]
      : table === 'locations'
        ? [['Location', 'Scenes', 'Eighths', 'Pages', 'INT/EXT', 'Times'], ...breakdown.locations.map((location) => [location.location, location.scenes, location.eighths, formatEighths(location.eighths), location.settings.join('; '), location.times.join('; ')])]
        : [['Character', 'Scenes', 'Speaking scenes', 'Eighths', 'Pages', 'First scene', 'Last scene'], ...breakdown.characters.map((character) => [character.name, character.scenes, character.speakingScenes, character.eighths, formatEighths(character.eighths), character.first, character.last])];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A field quoted when it holds a comma, quote or line break, or could be read by a spreadsheet as a formula. */
function csvField(value: string | number): string {
  const text = String(value);
  // A leading = + - @ makes Excel and LibreOffice run the cell as a formula (CSV injection); a quote mark defuses it.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
  return /[",\r\n]/u.test(safe) || safe !== text ? `"${safe.replace(/"/gu, '""')}"` : safe;
}
