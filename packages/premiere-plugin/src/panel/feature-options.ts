import type { RoughCutOptions } from '@reelkit/core/tasks/rough-cut';
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

/**
 * Rough-cut choices: `silence 1.2` (shortest silence, s), `pad 0.2` (kept beside speech), `gap` (silences left as
 * gaps), `no silences`, `no fillers`, `no retakes`, a language tag (`de`); anything else is ignored.
 */
function roughCut(text: string): RoughCutOptions {
  const words = text.toLowerCase().split(/[,;\s]+/).filter(Boolean);
  const after = (name: string): number | undefined => {
    const value = Number(words[words.indexOf(name) + 1]);
    return words.includes(name) && Number.isFinite(value) ? value : undefined;
  };
  const no = (what: string): boolean => words.some((word, index) => words[index - 1] === 'no' && word.startsWith(what));
  const minSeconds = after('silence');
  const paddingSeconds = after('pad');
  const language = words.find((word, index) => /^[a-z]{2}(-[a-z]{2})?$/.test(word) && word !== 'no' && words[index - 1] !== 'no');
  const silences = { ...(minSeconds === undefined ? {} : { minSeconds }), ...(paddingSeconds === undefined ? {} : { paddingSeconds }), ...(words.includes('gap') ? { mode: 'gap' as const } : {}) };
  return {
    ...(language === undefined ? {} : { language }),
    silences: no('silence') ? false : silences,
    ...(no('filler') ? { fillers: false as const } : {}),
    ...(no('retake') ? { retakes: false as const } : {}),
  };
}

/** Readers of the text the editor types in a feature's option field. */
export const featureOptions = { languagesAndGlossary, videoJob, trailer, seconds, roughCut };
