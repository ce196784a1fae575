/** The last segment of a native path, with either separator (`C:\media\a.mov` and `/media/a.mov` give `a.mov`). */
export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
