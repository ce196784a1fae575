const timestamp = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/**
 * Reads `HH:MM:SS,mmm`, `HH:MM:SS.mmm` or `MM:SS.mmm` leniently (any number of hour digits, one-digit minutes,
 * a fraction of one to three digits or none) into seconds; undefined when it is no timestamp.
 */
export function parseTimestamp(text: string): number | undefined {
  const match = timestamp.exec(text.trim());
  if (match === null) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = '0'] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const milliseconds = Number(fraction.padEnd(3, '0'));
  return (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) + milliseconds / 1000;
}
