const endsWithLatinLetter = /\p{Script=Latin}$/u;
const consonantY = /[^aeiou]y$/i;
const sibilantEnd = /(s|x|z|ch|sh)$/i;

/**
 * The forms of a name the text may use: the name, its possessives (`Mara's`, `Mara’s`, `James'`) and simple
 * English plurals (`lighthouses`, `boxes`, `cities`). Only names ending in a Latin letter get English forms; other
 * languages inflect differently, so list their forms as aliases.
 */
export function nameVariants(name: string): string[] {
  const trimmed = name.trim();
  if (trimmed === '') return [];
  if (!endsWithLatinLetter.test(trimmed)) return [trimmed];
  const plurals = [`${trimmed}s`];
  if (sibilantEnd.test(trimmed)) plurals.push(`${trimmed}es`);
  if (consonantY.test(trimmed)) plurals.push(`${trimmed.slice(0, -1)}ies`);
  const possessives = [trimmed, ...plurals].flatMap((form) =>
    /s$/i.test(form) ? [`${form}'`, `${form}’`, `${form}'s`, `${form}’s`] : [`${form}'s`, `${form}’s`],
  );
  return [...new Set([trimmed, ...plurals, ...possessives])];
}
