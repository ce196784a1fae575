import type { GlossaryTerm } from '@reelkit/core/tasks/translation';

/** Languages, then glossary terms after a `;` (`Term = Rendering`, or a bare term kept as is). */
function languagesAndGlossary(text: string): { languages: string[]; glossary: GlossaryTerm[] } {
  const [languages = '', ...terms] = text.split(';');
  return {
    languages: languages.split(/[,\s]+/).map((tag) => tag.trim()).filter(Boolean),
    glossary: terms.flatMap((entry) => {
      const [term = '', translation] = entry.split('=').map((part) => part.trim());
      if (term === '') return [];
      return translation === undefined || translation === '' ? [{ term }] : [{ term, translation }];
    }),
  };
}

/** `upscale 2`, `upscale 4` or `interpolate 2`; undefined for anything else. */
function videoJob(text: string): { operation: 'upscale' | 'interpolate'; factor: number } | undefined {
  const match = /^\s*(upscale|interpolate)\s*[x×]?\s*(\d+)\s*$/i.exec(text);
  const factor = Number(match?.[2]);
  if (match === null || !(factor >= 2 && factor <= 8)) return undefined;
  return { operation: match[1]?.toLowerCase() === 'upscale' ? 'upscale' : 'interpolate', factor };
}

/** `60 fans of coastal thrillers`: target seconds, then the viewer profile. */
function trailer(text: string): { seconds: number; profile: string } | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*s?\b[\s:,-]*(.+)$/s.exec(text);
  const profile = match?.[2]?.trim() ?? '';
  return match === null || profile === '' ? undefined : { seconds: Number(match[1]), profile };
}

/** Times in seconds, separated by commas or spaces; negative and non-numbers dropped. */
function seconds(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number)
    .filter((value) => Number.isFinite(value) && value >= 0);
}

/** Readers of the text the editor types in a feature's option field. */
export const featureOptions = { languagesAndGlossary, videoJob, trailer, seconds };
