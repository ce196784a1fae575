/**
 * The constraints slot of a brainstorming prompt: one `Label: value` line per constraint the writer set, or
 * `fallback` when none is set (so the prompt never shows an empty section).
 */
export function describeConstraints(constraints: Readonly<Record<string, string | undefined>>, fallback: string): string {
  const lines = Object.entries(constraints).flatMap(([label, value]) => (value === undefined || value.trim() === '' ? [] : [`${label}: ${value.trim()}`]));
  return lines.length === 0 ? fallback : lines.join('\n');
}
