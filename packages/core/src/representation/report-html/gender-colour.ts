// Colour-blind-safe (Okabe–Ito) colours; every chart also prints the gender in words, so colour is never the only cue.
const colours: Readonly<Record<string, string>> = { female: '#D55E00', male: '#0072B2', 'non-binary': '#009E73', unspecified: '#999999' };

/** The fill for a gender value in the HTML charts. */
export function genderColour(gender: string): string {
  return colours[gender] ?? '#CC79A7';
}
