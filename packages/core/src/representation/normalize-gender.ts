// Writers say "woman", "F" or "female"; the report compares groups, so equal meanings get one spelling.
const synonyms: Readonly<Record<string, string>> = {
  female: 'female',
  f: 'female',
  woman: 'female',
  girl: 'female',
  'trans woman': 'female',
  'transgender woman': 'female',
  male: 'male',
  m: 'male',
  man: 'male',
  boy: 'male',
  'trans man': 'male',
  'transgender man': 'male',
  'non-binary': 'non-binary',
  nonbinary: 'non-binary',
  'non binary': 'non-binary',
  nb: 'non-binary',
  enby: 'non-binary',
};

/** The canonical spelling of a declared gender: `female`, `male`, `non-binary`, else the writer's word in lower case. */
export function normalizeGender(value: string): string {
  const key = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return synonyms[key] ?? key;
}
