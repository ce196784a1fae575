/** The id of a note: its file name without folder or `.md`, as the core's entries and progressions use it. */
export function noteIdOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}
