import type { LanguageRule } from './language-rule.js';

// Left out on purpose: "exotic" and "savage" alone (exotic fruit, a savage dog), "ghetto" (the Warsaw ghetto), "tribe"
// and "tribal" (a tribal council), "Indian", "Apache", "Roma", "Inuit": names and ordinary words. Slurs come from the
// `cuss` data (slur-rule.ts); the words here are dated or othering rather than slurs.

/** People described by the colour word of segregation: "colored" + a word for a person. */
const colouredNouns = ['man', 'woman', 'men', 'women', 'boy', 'boys', 'girl', 'girls', 'kid', 'kids', 'child', 'children', 'family', 'families', 'folk', 'folks', 'person'];
const coloured: Readonly<Record<string, string>> = Object.fromEntries(
  ['colored', 'coloured'].flatMap((spelling) => colouredNouns.map((noun) => [`${spelling} ${noun}`, `Black ${noun}`])),
);

/** Dated or othering words for ethnic groups. */
export const racialRules: readonly LanguageRule[] = [
  {
    id: 'lang.racial-term',
    phrases: [
      'gypsy', 'gypsies', 'gipsy', 'gipsies', 'oriental', 'orientals', 'eskimo', 'eskimos', 'illegal alien', 'illegal aliens',
      'illegal immigrant', 'illegal immigrants', 'illegals', 'anchor baby', 'anchor babies', 'half breed', 'half breeds',
      'halfbreed', 'half caste', 'half castes', 'halfcaste', 'redskin', 'redskins', 'red indian', 'red indians', 'injun',
      'injuns', 'squaw', 'squaws', 'mulatto', 'mulattos', 'mulattoes', 'negro', 'negroes', 'negress', 'coloured people',
      'colored people', ...Object.keys(coloured), 'exotic beauty', 'exotic looking', 'exotic features', 'spicy latina',
      'fiery latina', 'spirit animal', 'savages', 'primitive tribe', 'primitive tribes', 'primitive people', 'indian giver',
      'off the reservation',
    ],
    replacements: {
      ...coloured,
      gypsy: 'Roma (or Traveller)', gypsies: 'Roma (or Travellers)', gipsy: 'Roma (or Traveller)', gipsies: 'Roma (or Travellers)',
      oriental: 'Asian (or the specific nationality)', orientals: 'Asian people', eskimo: 'Inuit (or Yupik)', eskimos: 'Inuit (or Yupik)',
      'illegal alien': 'undocumented immigrant', 'illegal aliens': 'undocumented immigrants', 'illegal immigrant': 'undocumented immigrant',
      'illegal immigrants': 'undocumented immigrants', illegals: 'undocumented immigrants', 'half breed': 'mixed heritage',
      'half breeds': 'people of mixed heritage', halfbreed: 'mixed heritage', 'half caste': 'mixed heritage',
      'half castes': 'people of mixed heritage', halfcaste: 'mixed heritage', redskin: 'Native American (or the nation)',
      redskins: 'Native Americans (or the nation)', 'red indian': 'Native American (or the nation)',
      'red indians': 'Native Americans (or the nation)', injun: 'Native American (or the nation)', injuns: 'Native Americans (or the nation)',
      squaw: 'Native American woman (or the nation)', squaws: 'Native American women (or the nation)', mulatto: 'mixed-race',
      mulattos: 'mixed-race people', mulattoes: 'mixed-race people', negro: 'Black', negroes: 'Black people', negress: 'Black woman',
      'coloured people': 'people of colour', 'colored people': 'people of color', 'exotic beauty': 'a specific description of her',
      'exotic looking': 'a specific description', 'exotic features': 'a specific description', 'spirit animal': 'favourite',
      savages: 'the people, by name', 'primitive tribe': 'the people, by name', 'primitive tribes': 'the peoples, by name',
      'primitive people': 'the people, by name',
    },
    suggestion: 'the name the people use for themselves',
    explanation: 'Dated or othering words for ethnic groups in narration read as the writer’s view, not the character’s.',
    unlessFollowedBy: ['rug', 'rugs', 'carpet', 'carpets', 'moth', 'moths', 'kisses', 'kiss'],
  },
];
