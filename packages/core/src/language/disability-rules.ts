import type { LanguageRule } from './language-rule.js';

// Left out on purpose:
// - idiot, stupid, dumb, moron, crazy, insane, nuts, lame, freak: everyday words whose disability sense most readers
//   no longer hear; flagging them would bury the findings that matter (and "nuts and bolts", "a lame mare" are literal);
// - psychopath, sociopath, psychotic, schizophrenic, bipolar, OCD on their own, asylum, disabled, dwarf, blind, deaf:
//   a thriller's narration may say exactly what a character has, an old asylum is a building, and "disabled", "dwarf",
//   "blind" and "deaf" are the words the people they describe use; only the jokey forms ("so OCD") are flagged.

/** How narration frames a condition as a tragedy, and the neutral frame a writer can swap in. */
const sufferingFrames: Readonly<Record<string, string>> = {
  'suffers from': 'has',
  'suffering from': 'living with',
  'suffered from': 'had',
  'afflicted with': 'living with',
  'stricken with': 'living with',
};
const conditions = ['autism', 'epilepsy', 'cerebral palsy', 'down syndrome', 'downs syndrome', 'dwarfism', 'polio', 'multiple sclerosis', 'muscular dystrophy', 'paralysis', 'a disability', 'disabilities'];
const suffering: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(sufferingFrames).flatMap(([frame, neutral]) => conditions.map((condition) => [`${frame} ${condition}`, `${neutral} ${condition}`])),
);

/** Disability used as an insult or a tragedy, and mental illness used as an insult or a joke. */
export const disabilityRules: readonly LanguageRule[] = [
  {
    id: 'lang.ableist',
    phrases: [
      'wheelchair bound', 'confined to a wheelchair', 'bound to a wheelchair', 'restricted to a wheelchair', 'retarded', 'retard',
      'retards', 'cripple', 'crippled', 'spaz', 'spazzes', 'spastic', 'spastics', 'gimp', 'gimps', 'deaf and dumb', 'deaf mute',
      'deaf mutes', 'deafmute', 'handicapped', 'the disabled', 'midget', 'midgets', 'vertically challenged', 'differently abled',
      'handicapable', 'special needs', 'an invalid', 'invalids', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'feeble minded',
      'feebleminded', 'mongoloid', 'mongoloids', 'harelip', 'hare lip', 'hunchback', 'hunchbacks', 'hunchbacked', 'an epileptic',
      'epileptics', 'victim of polio', 'polio victim', 'stroke victim', ...Object.keys(suffering),
    ],
    replacements: {
      ...suffering,
      'wheelchair bound': 'uses a wheelchair', 'confined to a wheelchair': 'uses a wheelchair', 'bound to a wheelchair': 'uses a wheelchair',
      'restricted to a wheelchair': 'uses a wheelchair', 'deaf and dumb': 'deaf', 'deaf mute': 'deaf', 'deaf mutes': 'deaf people',
      deafmute: 'deaf', handicapped: 'disabled', 'the disabled': 'disabled people', midget: 'person of short stature',
      midgets: 'people of short stature', 'vertically challenged': 'short', 'differently abled': 'disabled', handicapable: 'disabled',
      'special needs': 'disabled', 'an invalid': 'a disabled person', invalids: 'disabled people', mongoloid: 'person with Down syndrome',
      mongoloids: 'people with Down syndrome', harelip: 'cleft lip', 'hare lip': 'cleft lip', 'an epileptic': 'a person with epilepsy',
      epileptics: 'people with epilepsy', 'suffers from autism': 'is autistic', 'suffering from autism': 'autistic',
      'victim of polio': 'had polio', 'polio victim': 'polio survivor', 'stroke victim': 'stroke survivor',
    },
    suggestion: 'describe the person and what they do, not a deficit or a slur',
    explanation: 'Disability words used as insults or as a tragedy flatten the character and hurt disabled readers.',
    unlessFollowedBy: ['cell'],
  },
  {
    id: 'lang.mental-health',
    phrases: [
      'lunatic', 'lunatics', 'psycho', 'psychos', 'schizo', 'schizos', 'nutcase', 'nutcases', 'nut case', 'nutjob', 'nutjobs',
      'nut job', 'loony', 'loonies', 'looney', 'loony bin', 'looney bin', 'nuthouse', 'nut house', 'madhouse', 'funny farm',
      'booby hatch', 'basket case', 'mental case', 'mental patient', 'mental patients', 'maniac', 'maniacs', 'madman', 'madmen',
      'madwoman', 'so ocd', 'totally ocd', 'a bit ocd', 'a little ocd', 'so bipolar', 'totally bipolar', 'a bit bipolar',
      'went mental', 'goes mental', 'go mental', 'going mental', 'committed suicide', 'commit suicide', 'commits suicide',
      'committing suicide', 'successful suicide', 'failed suicide',
    ],
    replacements: {
      'loony bin': 'psychiatric hospital', 'looney bin': 'psychiatric hospital', nuthouse: 'psychiatric hospital',
      'nut house': 'psychiatric hospital', 'funny farm': 'psychiatric hospital', 'booby hatch': 'psychiatric hospital',
      'mental patient': 'patient', 'mental patients': 'patients', 'so ocd': 'so fussy', 'totally ocd': 'totally fussy',
      'a bit ocd': 'a bit fussy', 'a little ocd': 'a little fussy', 'so bipolar': 'so changeable', 'totally bipolar': 'totally changeable',
      'a bit bipolar': 'a bit changeable', 'went mental': 'lost it', 'goes mental': 'loses it', 'go mental': 'lose it',
      'going mental': 'losing it', 'committed suicide': 'died by suicide', 'commit suicide': 'die by suicide',
      'commits suicide': 'dies by suicide', 'committing suicide': 'dying by suicide', 'successful suicide': 'suicide',
      'failed suicide': 'suicide attempt',
    },
    suggestion: 'say what the character does, not a diagnosis used as an insult',
    explanation: 'Mental illness used as an insult or a joke tells readers that people who live with it are dangerous or absurd.',
  },
];
