import type { LanguageRule } from './language-rule.js';

// Only words a writer would change in their own narration. No rule fires on pronouns or family words: in fiction
// "his mother" is a character, not a generalisation. Dialogue is a character's voice and is linted only on request.

/** The rules of the language lint, in report order. */
export const languageRules: readonly LanguageRule[] = [
  {
    id: 'lang.gendered-generic',
    phrases: ['mankind', 'manpower', 'man made', 'man hours', 'man hour', 'the common man', 'forefathers', 'man power'],
    replacements: { mankind: 'humankind', manpower: 'workforce', 'man power': 'workforce', 'man made': 'artificial', 'man hours': 'work hours', 'man hour': 'work hour', 'the common man': 'ordinary people', forefathers: 'ancestors' },
    suggestion: 'a word for people of any gender',
    explanation: 'A word for men used to mean everyone quietly leaves women out.',
  },
  {
    id: 'lang.gendered-job-title',
    phrases: [
      'policeman', 'policemen', 'policewoman', 'fireman', 'firemen', 'mailman', 'mailmen', 'postman', 'stewardess',
      'stewardesses', 'chairman', 'cameraman', 'cameramen', 'salesman', 'salesmen', 'saleswoman', 'weatherman',
      'anchorman', 'cleaning lady', 'lady doctor', 'male nurse', 'female doctor', 'female pilot', 'female surgeon',
      'female cop', 'woman driver', 'lady cop', 'workmen', 'repairman', 'deliveryman', 'doorman', 'foreman',
    ],
    replacements: {
      policeman: 'police officer', policemen: 'police officers', policewoman: 'police officer', fireman: 'firefighter',
      firemen: 'firefighters', mailman: 'mail carrier', mailmen: 'mail carriers', postman: 'mail carrier',
      stewardess: 'flight attendant', stewardesses: 'flight attendants', chairman: 'chair', cameraman: 'camera operator',
      cameramen: 'camera crew', salesman: 'salesperson', salesmen: 'salespeople', saleswoman: 'salesperson',
      weatherman: 'weather forecaster', anchorman: 'anchor', 'cleaning lady': 'cleaner', 'lady doctor': 'doctor',
      'male nurse': 'nurse', 'female doctor': 'doctor', 'female pilot': 'pilot', 'female surgeon': 'surgeon',
      'female cop': 'cop', 'woman driver': 'driver', 'lady cop': 'cop', workmen: 'workers', repairman: 'repair worker',
      deliveryman: 'courier', doorman: 'door attendant', foreman: 'supervisor',
    },
    suggestion: 'the job without the gender',
    explanation: 'Narration that genders a job, or marks a woman or man in it as unusual, reads as a stereotype.',
  },
  {
    id: 'lang.ableist',
    phrases: [
      'wheelchair bound', 'confined to a wheelchair', 'retarded', 'retard', 'cripple', 'crippled', 'spaz', 'deaf and dumb',
      'deaf mute', 'handicapped', 'the disabled', 'midget', 'suffers from autism', 'suffering from autism',
      'victim of polio', 'lunatic', 'psycho', 'schizo', 'mongoloid',
    ],
    replacements: {
      'wheelchair bound': 'uses a wheelchair', 'confined to a wheelchair': 'uses a wheelchair', 'deaf and dumb': 'deaf',
      'deaf mute': 'deaf', handicapped: 'disabled', 'the disabled': 'disabled people', midget: 'person of short stature',
      'suffers from autism': 'is autistic', 'suffering from autism': 'autistic',
      'victim of polio': 'had polio',
    },
    suggestion: 'describe the person and what they do, not a deficit or a slur',
    explanation: 'Disability words used as insults or as a tragedy flatten the character and hurt disabled readers.',
    unlessFollowedBy: ['cell'],
  },
  {
    id: 'lang.racial-term',
    phrases: ['gypsy', 'gypsies', 'oriental', 'orientals', 'eskimo', 'eskimos', 'illegal alien', 'illegal aliens', 'illegals', 'half breed', 'half caste', 'redskin', 'redskins', 'coloured people', 'colored people', 'exotic beauty', 'exotic looking', 'spirit animal', 'savages'],
    replacements: {
      gypsy: 'Roma (or Traveller)', gypsies: 'Roma (or Travellers)', oriental: 'Asian (or the specific nationality)', orientals: 'Asian people',
      eskimo: 'Inuit (or Yupik)', eskimos: 'Inuit (or Yupik)', 'illegal alien': 'undocumented immigrant', 'illegal aliens': 'undocumented immigrants',
      illegals: 'undocumented immigrants', 'half breed': 'mixed heritage', 'half caste': 'mixed heritage', redskin: 'Native American (or the nation)',
      redskins: 'Native Americans (or the nation)', 'coloured people': 'people of colour', 'colored people': 'people of color',
      'exotic beauty': 'a specific description of her', 'exotic looking': 'a specific description', 'spirit animal': 'favourite', savages: 'the people, by name',
    },
    suggestion: 'the name the people use for themselves',
    explanation: 'Dated or othering words for ethnic groups in narration read as the writer’s view, not the character’s.',
    unlessFollowedBy: ['rug', 'rugs', 'carpet', 'carpets', 'moth', 'moths', 'kisses', 'kiss'],
  },
  {
    id: 'lang.gender-identity',
    phrases: ['tranny', 'trannies', 'transgendered', 'sex change', 'hermaphrodite', 'sexual preference', 'she male', 'shemale', 'he she'],
    replacements: {
      transgendered: 'transgender', 'sex change': 'transition', hermaphrodite: 'intersex',
      'sexual preference': 'sexual orientation',
    },
    suggestion: 'the words trans and intersex people use',
    explanation: 'These terms are slurs or outdated clinical words for trans and intersex people.',
  },
  {
    id: 'lang.gender-stereotype',
    phrases: ['like a girl', 'man up', 'boys will be boys', 'throws like a girl', 'runs like a girl', 'hysterical woman', 'feisty', 'bossy', 'catfight', 'ladylike', 'manly tears'],
    replacements: { feisty: 'a word for what she does', bossy: 'decisive (or what she actually does)', catfight: 'fight' },
    suggestion: 'describe the action itself',
    explanation: 'Narration that leans on a gender stereotype tells the reader what to think of a whole group.',
  },
];
