import type { LanguageRule } from './language-rule.js';

// Left out on purpose, each a word a writer uses for a particular character or a fixed name:
// - actress, waitress, hostess, fisherman, businessman, handyman, stuntman, housewife: how a character is introduced,
//   with no neutral word a writer would pick instead;
// - freshman, sportsmanship, workmanship, craftsmanship, no man's land: fixed terms (a school year, a skill, a war zone);
// - "like a man", "modern man", "man in the street", "the little woman", "old maid": as often a plain description of
//   one character ("a man in the street waves") as a generalisation;
// - manned, unmanned: the fixed term for a lighthouse, a post or a craft ("it wants unmanned lights" in the example
//   story bible is period-true; "uncrewed" would not be);
// - homosexual: accurate in the historical and clinical scenes where narration uses it.

/** Gendered words for everyone, gendered job titles, gender stereotypes and words for trans and intersex people. */
export const genderRules: readonly LanguageRule[] = [
  {
    id: 'lang.gendered-generic',
    phrases: [
      'mankind', 'manpower', 'man made', 'manmade', 'man hours', 'man hour', 'manhours', 'the common man', 'forefathers',
      'man power', 'dawn of man', 'early man', 'the average man', 'brotherhood of man',
      'man the booth', 'man the desk', 'man the phones', 'man the fort', 'man the station',
      'mans the booth', 'mans the desk', 'mans the phones', 'manning the booth', 'manning the desk', 'manning the phones',
      'layman', 'laymen',
    ],
    replacements: {
      mankind: 'humankind', manpower: 'workforce', 'man power': 'workforce', 'man made': 'artificial', manmade: 'artificial',
      'man hours': 'work hours', 'man hour': 'work hour', manhours: 'work hours', 'the common man': 'ordinary people',
      forefathers: 'ancestors', 'dawn of man': 'dawn of humanity', 'early man': 'early humans',
      'the average man': 'the average person', 'brotherhood of man': 'human family',
      'man the booth': 'staff the booth', 'man the desk': 'staff the desk',
      'man the phones': 'answer the phones', 'man the fort': 'hold the fort', 'man the station': 'staff the station',
      'mans the booth': 'staffs the booth', 'mans the desk': 'staffs the desk', 'mans the phones': 'answers the phones',
      'manning the booth': 'staffing the booth', 'manning the desk': 'staffing the desk', 'manning the phones': 'answering the phones',
      layman: 'layperson', laymen: 'laypeople',
    },
    suggestion: 'a word for people of any gender',
    explanation: 'A word for men used to mean everyone quietly leaves women out.',
  },
  {
    id: 'lang.gendered-job-title',
    phrases: [
      'policeman', 'policemen', 'policewoman', 'policewomen', 'fireman', 'firemen', 'mailman', 'mailmen', 'postman', 'postmen',
      'stewardess', 'stewardesses', 'air hostess', 'chairman', 'chairmen', 'chairwoman', 'cameraman', 'cameramen', 'salesman',
      'salesmen', 'saleswoman', 'weatherman', 'weathermen', 'weathergirl', 'weather girl', 'anchorman', 'anchorwoman',
      'councilman', 'councilmen', 'councilwoman', 'congressman', 'congressmen', 'congresswoman', 'alderman', 'spokesman',
      'spokesmen', 'spokeswoman', 'garbageman', 'garbagemen', 'dustman', 'dustmen', 'binman', 'binmen', 'crewman', 'crewmen',
      'workman', 'workmen', 'repairman', 'repairmen', 'deliveryman', 'deliverymen', 'doorman', 'doormen', 'foreman', 'foremen',
      'cleaning lady', 'cleaning ladies', 'usherette', 'aviatrix', 'authoress', 'poetess', 'sculptress',
      'male nurse', 'male secretary', 'male nanny', 'male babysitter', 'female doctor', 'female pilot', 'female surgeon',
      'female cop', 'female officer', 'female firefighter', 'female lawyer', 'female judge', 'female engineer',
      'female scientist', 'female mechanic', 'female detective', 'female boss', 'woman driver', 'woman doctor',
      'woman lawyer', 'woman pilot', 'woman judge', 'woman cop', 'lady doctor', 'lady lawyer', 'lady cop', 'lady driver',
    ],
    replacements: {
      policeman: 'police officer', policemen: 'police officers', policewoman: 'police officer', policewomen: 'police officers',
      fireman: 'firefighter', firemen: 'firefighters', mailman: 'mail carrier', mailmen: 'mail carriers', postman: 'mail carrier',
      postmen: 'mail carriers', stewardess: 'flight attendant', stewardesses: 'flight attendants', 'air hostess': 'flight attendant',
      chairman: 'chair', chairmen: 'chairs', chairwoman: 'chair', cameraman: 'camera operator', cameramen: 'camera crew',
      salesman: 'salesperson', salesmen: 'salespeople', saleswoman: 'salesperson', weatherman: 'weather forecaster',
      weathermen: 'weather forecasters', weathergirl: 'weather presenter', 'weather girl': 'weather presenter', anchorman: 'anchor',
      anchorwoman: 'anchor', councilman: 'council member', councilmen: 'council members', councilwoman: 'council member',
      congressman: 'member of Congress', congressmen: 'members of Congress', congresswoman: 'member of Congress',
      alderman: 'council member', spokesman: 'spokesperson', spokesmen: 'spokespeople', spokeswoman: 'spokesperson',
      garbageman: 'garbage collector', garbagemen: 'garbage collectors', dustman: 'refuse collector', dustmen: 'refuse collectors',
      binman: 'refuse collector', binmen: 'refuse collectors', crewman: 'crew member', crewmen: 'crew members', workman: 'worker',
      workmen: 'workers', repairman: 'repair worker', repairmen: 'repair workers', deliveryman: 'courier', deliverymen: 'couriers',
      doorman: 'door attendant', doormen: 'door attendants', foreman: 'supervisor', foremen: 'supervisors',
      'cleaning lady': 'cleaner', 'cleaning ladies': 'cleaners', usherette: 'usher', aviatrix: 'aviator', authoress: 'author',
      poetess: 'poet', sculptress: 'sculptor', 'male nurse': 'nurse', 'male secretary': 'secretary', 'male nanny': 'nanny',
      'male babysitter': 'babysitter', 'female doctor': 'doctor', 'female pilot': 'pilot', 'female surgeon': 'surgeon',
      'female cop': 'cop', 'female officer': 'officer', 'female firefighter': 'firefighter', 'female lawyer': 'lawyer',
      'female judge': 'judge', 'female engineer': 'engineer', 'female scientist': 'scientist', 'female mechanic': 'mechanic',
      'female detective': 'detective', 'female boss': 'boss', 'woman driver': 'driver', 'woman doctor': 'doctor',
      'woman lawyer': 'lawyer', 'woman pilot': 'pilot', 'woman judge': 'judge', 'woman cop': 'cop', 'lady doctor': 'doctor',
      'lady lawyer': 'lawyer', 'lady cop': 'cop', 'lady driver': 'driver',
    },
    suggestion: 'the job without the gender',
    explanation: 'Narration that genders a job, or marks a woman or man in it as unusual, reads as a stereotype.',
  },
  {
    id: 'lang.gender-identity',
    phrases: [
      'tranny', 'trannies', 'trannie', 'transgendered', 'transgenders', 'transgenderism', 'transvestite', 'transvestites',
      'transsexual', 'transsexuals', 'sex change', 'hermaphrodite', 'hermaphrodites', 'sexual preference', 'she male', 'shemale',
      'he she', 'born a man', 'born a woman', 'biologically male', 'biologically female', 'genetically male', 'genetically female',
    ],
    replacements: {
      transgendered: 'transgender', transgenders: 'transgender people', transvestite: 'cross-dresser',
      transvestites: 'cross-dressers', transsexual: 'transgender', transsexuals: 'transgender people', 'sex change': 'transition',
      hermaphrodite: 'intersex', hermaphrodites: 'intersex people', 'sexual preference': 'sexual orientation',
      'born a man': 'assigned male at birth', 'born a woman': 'assigned female at birth', 'biologically male': 'assigned male at birth',
      'biologically female': 'assigned female at birth', 'genetically male': 'assigned male at birth',
      'genetically female': 'assigned female at birth',
    },
    suggestion: 'the words trans and intersex people use',
    explanation: 'These terms are slurs or outdated clinical words for trans and intersex people.',
  },
  {
    id: 'lang.gender-stereotype',
    phrases: [
      'like a girl', 'like a little girl', 'man up', 'boys will be boys', 'throws like a girl', 'runs like a girl',
      'hysterical woman', 'hysterical women', 'typical woman', 'typical female', 'just like a woman', 'feisty', 'bossy',
      'catfight', 'cat fight', 'ladylike', 'manly tears', 'ditzy blonde', 'dumb blonde', 'bimbo', 'bimbos', 'office girl',
      'office girls', 'girl friday', 'career woman', 'nagging wife', 'girly man',
      'girlie man',
    ],
    replacements: {
      feisty: 'a word for what she does', bossy: 'decisive (or what she actually does)', catfight: 'fight', 'cat fight': 'fight',
      'office girl': 'office worker', 'office girls': 'office staff', 'girl friday': 'assistant', 'career woman': 'woman',
    },
    suggestion: 'describe the action itself',
    explanation: 'Narration that leans on a gender stereotype tells the reader what to think of a whole group.',
  },
];
