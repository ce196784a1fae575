// Word lists for gender inference and the Bechdel–Wallace step 3. Pronouns and nouns, never names of real groups.

/** Pronouns that refer to a man. */
export const malePronouns: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself', "he's", "he'd", "he'll"]);

/** Pronouns that refer to a woman. */
export const femalePronouns: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself', "she's", "she'd", "she'll"]);

/** Nouns that name a man or a man's role (step 3 counts them as "talking about a man"). */
export const maleNouns: ReadonlySet<string> = new Set(
  (
    'man men guy guys boy boys boyfriend boyfriends husband husbands ex-husband father fathers dad daddy papa pa son sons ' +
    'brother brothers uncle uncles nephew grandfather grandpa granddad gentleman gentlemen mister sir lad lads fellow ' +
    'king prince groom fiancé fiance bloke dude'
  ).split(' '),
);

/** Cue words that are themselves gendered roles, with the gender they name (inference "from names"). */
export const genderedRoleNouns: Readonly<Record<string, 'female' | 'male'>> = {
  woman: 'female', girl: 'female', lady: 'female', mother: 'female', mom: 'female', mum: 'female', wife: 'female',
  daughter: 'female', sister: 'female', aunt: 'female', grandmother: 'female', grandma: 'female', waitress: 'female',
  actress: 'female', queen: 'female', princess: 'female', nun: 'female', girlfriend: 'female', widow: 'female',
  man: 'male', boy: 'male', gentleman: 'male', father: 'male', dad: 'male', husband: 'male', son: 'male',
  brother: 'male', uncle: 'male', grandfather: 'male', grandpa: 'male', king: 'male',
  prince: 'male', priest: 'male', monk: 'male', boyfriend: 'male', widower: 'male', guy: 'male',
};

/** Titles before a name that say the gender. */
export const genderedTitles: Readonly<Record<string, 'female' | 'male'>> = { mr: 'male', mrs: 'female', ms: 'female', miss: 'female', sir: 'male', madam: 'female', lady: 'female', lord: 'male' };
