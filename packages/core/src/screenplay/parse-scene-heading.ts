import type { SceneSetting } from './screenplay-model.js';

const settingPrefix = /^(INT\.?\/EXT|EXT\.?\/INT|I\.?\/E|E\.?\/I|ИНТ\.?\/НАТ|НАТ\.?\/ИНТ|INT|EXT|EST|ИНТ|НАТ|ЭКСТ)(?:[.。]|\s|$)\s*/iu;
const settings: Record<string, SceneSetting> = { INT: 'INT', EXT: 'EXT', EST: 'EST', ИНТ: 'INT', НАТ: 'EXT', ЭКСТ: 'EXT' };
const trailingNote = /\s*[([（][^()[\]（）]*[)\]）]\s*$/;

/** The parts of a heading: `INT.  WILL'S BEDROOM - NIGHT (1973)` gives INT, `WILL'S BEDROOM`, `NIGHT`. */
export function parseSceneHeading(heading: string): { setting?: SceneSetting; location: string; timeOfDay?: string } {
  const match = settingPrefix.exec(heading);
  const rest = (match ? heading.slice(match[0].length) : heading).trim();
  const result: { setting?: SceneSetting; location: string; timeOfDay?: string } = { location: rest };
  const prefix = match?.[1]?.toUpperCase();
  if (prefix !== undefined) result.setting = settings[prefix] ?? 'INT/EXT';
  const split = splitTime(rest);
  if (split) {
    result.location = split.location;
    const time = split.time.replace(trailingNote, '').trim();
    if (time !== '') result.timeOfDay = time.toUpperCase();
  }
  return result;
}

function splitTime(rest: string): { location: string; time: string } | undefined {
  // A spaced dash is the convention; commas (`APARTMENT, DAY`) and bare dashes (`病院-日`) are fallbacks.
  for (const separator of [' - ', ' – ', ' — ', ', ', '-']) {
    const at = rest.lastIndexOf(separator);
    if (at > 0) return { location: rest.slice(0, at).trim(), time: rest.slice(at + separator.length) };
  }
  return undefined;
}
