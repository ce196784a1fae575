/** Where an export of `sourcePath` goes by default: beside it, same name, the new extension (`harbour.fountain` → `harbour.fdx`). */
export function exportTargetPath(sourcePath: string, extension: string): string {
  const slash = sourcePath.lastIndexOf('/');
  const name = sourcePath.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name === '' ? 'script' : name;
  return `${sourcePath.slice(0, slash + 1)}${stem}.${extension}`;
}

/** A summary of export warnings for a notification: how many, and the first few messages. */
export function summariseWarnings(what: string, warnings: readonly { readonly message: string }[]): string | undefined {
  if (warnings.length === 0) return undefined;
  const first = warnings.slice(0, 3).map((warning) => warning.message).join(' ');
  return `${what} with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${first}${warnings.length > 3 ? ' …' : ''}`;
}

/** The last segment of a URI path, how messages name an exported file (`/work/harbour.pdf` → `harbour.pdf`). */
export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}
