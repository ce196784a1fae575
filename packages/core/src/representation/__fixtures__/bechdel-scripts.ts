// Small scripts that pass or fail the Bechdel–Wallace test by construction, each with the step it fails at.

/** One constructed case: the script, whether it passes, and the first step that fails (when it fails). */
export interface BechdelCase {
  readonly name: string;
  readonly source: string;
  readonly pass: boolean;
  readonly failsAt?: 1 | 2 | 3;
  /** Scenes that pass all three steps, when it passes. */
  readonly passingScenes?: readonly string[];
  /** Run with gender inference. */
  readonly inferGender?: boolean;
}

const cast = (...lines: string[]): string => `/* Cast\n${lines.join('\n')}\n*/\n\n`;
const women = cast('ANN: gender female', 'BETH: gender female', 'CARA: gender female', 'BOB: gender male', 'MARCUS: gender male; aka MARC');

/** At least 20 cases, including the tricky ones the issue names. */
export const bechdelCases: readonly BechdelCase[] = [
  {
    name: 'two named women talk about a boat',
    source: `${women}INT. BOATYARD - DAY\n\nANN\nThe hull needs another coat.\n\nBETH\nThen we paint it tonight.\n`,
    pass: true,
    passingScenes: ['int-boatyard-day'],
  },
  {
    name: 'only men speak',
    source: `${women}INT. PUB - NIGHT\n\nBOB\nPint?\n\nMARCUS\nTwo.\n`,
    pass: false,
    failsAt: 1,
  },
  {
    name: 'one named woman',
    source: `${women}INT. OFFICE - DAY\n\nANN\nThe report is late.\n\nBOB\nIt is.\n`,
    pass: false,
    failsAt: 1,
  },
  {
    name: 'one unnamed woman: a named woman and a waitress talk about coffee',
    source: `${cast('ANN: gender female', 'WAITRESS: gender female')}INT. DINER - DAY\n\nANN\nBlack coffee, please.\n\nWAITRESS\nThe pot is fresh.\n\nANN\nPerfect.\n`,
    pass: false,
    failsAt: 1,
  },
  {
    name: 'two numbered women are not named',
    source: `${cast('WOMAN #1: gender female', 'WOMAN #2: gender female')}EXT. BUS STOP - DAY\n\nWOMAN #1\nIs the bus late?\n\nWOMAN #2\nAlways.\n`,
    pass: false,
    failsAt: 1,
  },
  {
    name: 'two women speak only to a man in between',
    source: `${women}INT. KITCHEN - DAY\n\nANN\nWhere is the salt?\n\nBOB\nTop shelf.\n\nBETH\nAnd the pepper?\n\nBOB\nNext to it.\n`,
    pass: false,
    failsAt: 2,
  },
  {
    name: 'a conversation split by a scene break',
    source: `${women}INT. HALL - DAY\n\nBOB\nMorning.\n\nANN\nThe lights are out again.\n\nEXT. STREET - DAY\n\nBETH\nI'll call the electrician.\n\nBOB\nGood.\n`,
    pass: false,
    failsAt: 2,
  },
  {
    name: 'two women talking only about a man (pronouns)',
    source: `${women}INT. CAR - NIGHT\n\nANN\nDid he call you?\n\nBETH\nHe never calls.\n\nANN\nI think he's lying to us.\n`,
    pass: false,
    failsAt: 3,
  },
  {
    name: 'two women talking only about a male character by name',
    source: `${women}INT. CAFE - DAY\n\nANN\nMarcus is moving to Leeds.\n\nBETH\nGood luck to Marcus.\n`,
    pass: false,
    failsAt: 3,
  },
  {
    name: "a male character's alias counts as his name",
    source: `${women}INT. CAFE - DAY\n\nANN\nMarc is moving to Leeds.\n\nBETH\nLeeds is lucky.\n`,
    pass: false,
    failsAt: 3,
  },
  {
    name: 'male nouns: husband and brother',
    source: `${women}INT. GARDEN - DAY\n\nANN\nMy husband planted these.\n\nBETH\nMy brother hates roses.\n`,
    pass: false,
    failsAt: 3,
  },
  {
    name: "a possessive still names a man: Dad's",
    source: `${women}INT. GARAGE - DAY\n\nANN\nWhose is this?\n\nBETH\nDad's.\n`,
    pass: false,
    failsAt: 3,
  },
  {
    name: 'they talk about a man, then about an exam',
    source: `${women}INT. LIBRARY - DAY\n\nANN\nBob says hello.\n\nBETH\nTell him hello.\n\nANN\nAre you ready for the chemistry exam?\n\nBETH\nI've revised titration twice.\n`,
    pass: true,
    passingScenes: ['int-library-day'],
  },
  {
    name: 'action between their lines does not end the conversation',
    source: `${women}EXT. CLIFF - DAY\n\nANN\nLook at the gannets.\n\nThe birds dive, one after another.\n\nBETH\nThey fold their wings at the last second.\n`,
    pass: true,
    passingScenes: ['ext-cliff-day'],
  },
  {
    name: 'without a cast block and without inference nobody is a woman',
    source: `INT. LAB - DAY\n\nAnn checks the sample. She frowns.\n\nANN\nIt's contaminated.\n\nBeth leans in. She nods.\n\nBETH\nStart again.\n`,
    pass: false,
    failsAt: 1,
  },
  {
    name: 'with inference, pronouns near their lines make them women',
    source: `INT. LAB - DAY\n\nAnn checks the sample. She frowns.\n\nANN\nIt's contaminated.\n\nBeth leans in. She nods.\n\nBETH\nStart again.\n`,
    pass: true,
    passingScenes: ['int-lab-day'],
    inferGender: true,
  },
  {
    name: 'dual dialogue between two women',
    source: `${women}INT. STAGE - NIGHT\n\nANN\nFive, six, seven, eight!\n\nBETH ^\nFive, six, seven, eight!\n`,
    pass: true,
    passingScenes: ['int-stage-night'],
  },
  {
    name: 'women talking about a woman pass',
    source: `${women}INT. HOSPITAL - NIGHT\n\nANN\nHow is your sister?\n\nBETH\nShe is out of surgery.\n`,
    pass: true,
    passingScenes: ['int-hospital-night'],
  },
  {
    name: 'a woman and a non-binary character',
    source: `${cast('ANN: gender female', 'SAM: gender non-binary')}INT. STUDIO - DAY\n\nANN\nThe mix is too loud.\n\nSAM\nI'll bring the drums down.\n`,
    pass: false,
    failsAt: 1,
  },
  {
    name: 'cue extensions do not hide who speaks',
    source: `${women}INT. RADIO BOOTH - NIGHT\n\nANN (V.O.)\nYou're listening to the late show.\n\nBETH (O.S.)\nAnd the lines are open.\n`,
    pass: true,
    passingScenes: ['int-radio-booth-night'],
  },
  {
    name: 'one woman talks twice in a row, the other only to a man',
    source: `${women}INT. SHOP - DAY\n\nANN\nOpen at nine.\n\nANN\nClosed at five.\n\nBOB\nNoted.\n\nBETH\nNoted too.\n`,
    pass: false,
    failsAt: 2,
  },
  {
    name: 'three women: one pair about a man, another pair about work',
    source: `${women}INT. NEWSROOM - DAY\n\nANN\nBob was late again.\n\nBETH\nHe always is.\n\nCARA\nThe front page needs a photo.\n\nBETH\nUse the harbour shot.\n`,
    pass: true,
    passingScenes: ['int-newsroom-day'],
  },
  {
    name: 'the only passing exchange is in the second scene',
    source: `${women}INT. KITCHEN - DAY\n\nANN\nYour father phoned.\n\nBETH\nWhat did he want?\n\nEXT. FIELD - DAY\n\nANN\nThe barley is ready.\n\nBETH\nWe cut it tomorrow.\n`,
    pass: true,
    passingScenes: ['ext-field-day'],
  },
  {
    name: '"he" for a dog fails on words alone',
    source: `${women}EXT. PARK - DAY\n\nANN\nHe ate my sandwich!\n\nBETH\nHe is a very bad dog.\n`,
    pass: false,
    failsAt: 3,
  },
];
