import type { LanguageRule } from './language-rule.js';

// Left out on purpose: "old man", "old woman", "elderly", "little old lady", "grandma" and every family word (they
// describe a character), "over the hill" and "old bat" (the sun goes over the hill, a cricket bat is old), "geezer"
// alone (British for any man), "like an old man" (a simile for how someone moves, not a judgement of a group).

/** Old age as a joke or an insult. */
export const ageRules: readonly LanguageRule[] = [
  {
    id: 'lang.age-stereotype',
    phrases: [
      'senile', 'doddering', 'old geezer', 'old geezers', 'old coot', 'old coots', 'old codger', 'old codgers', 'codger',
      'codgers', 'old biddy', 'old biddies', 'old hag', 'old hags', 'old crone', 'old crones', 'old fogey', 'old fogeys',
      'old fogy', 'fuddy duddy', 'old fart', 'old farts', 'like a grandma', 'like a granny', 'like an old lady', 'senior moment',
    ],
    suggestion: 'describe the person, not their age as a punchline',
    explanation: 'Old age used as a joke or an insult writes off a whole generation in one word.',
  },
];
