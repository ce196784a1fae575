import { fileNameOf } from '../paths/file-name-of.js';

/** Where a media file's caption sidecars go: beside each other in the work folder, named after the media. */
export interface SidecarPaths {
  readonly srt: string;
  readonly webVtt: string;
  readonly transcript: string;
}

/** Sidecar paths for `mediaPath` in `folder`, with an optional language suffix (`interview.de.srt`). */
export function sidecarPaths(folder: string, mediaPath: string, language?: string): SidecarPaths {
  const file = fileNameOf(mediaPath);
  const dot = file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  const base = `${folder.replace(/[/\\]+$/, '')}/${stem}${language === undefined ? '' : `.${language}`}`;
  return { srt: `${base}.srt`, webVtt: `${base}.vtt`, transcript: `${base}.transcript.json` };
}
