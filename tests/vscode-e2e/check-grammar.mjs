// Tokenizes a script covering every Fountain element, and lines of the corpus scripts, with the extension's TextMate
// grammar, using the same engine as VS Code (vscode-textmate + vscode-oniguruma), and checks the exact scopes each
// gets. Returns the counts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const grammarPath = resolve(here, '../../packages/fountain-vscode/syntaxes/fountain.tmLanguage.json');

const script = [
  'Title: **BIG** Test', //                         0
  'Author: Me', //                                  1
  '', //                                            2
  '# Act One', //                                   3
  '', //                                            4
  '= The setup.', //                                5
  '', //                                            6
  'INT. HOUSE - DAY #1A#', //                       7
  '', //                                            8
  'Bob enters. *Slowly.* **Big.** _under_', //      9
  '', //                                            10
  'BOB (V.O.)', //                                  11
  '(quietly)', //                                   12
  'Hi. [[a note]] *there*', //                      13
  '', //                                            14
  'ALICE ^', //                                     15
  'Hey.', //                                        16
  '', //                                            17
  '/* cut', //                                      18
  'this */', //                                     19
  '', //                                            20
  'CUT TO:', //                                     21
  '', //                                            22
  '> THE END <', //                                 23
  '', //                                            24
  '~Singing', //                                    25
  '', //                                            26
  '===', //                                         27
  '', //                                            28
  '.FLASHBACK', //                                  29
  '', //                                            30
  '!FADE IN:', //                                   31
  '', //                                            32
  '@McCLANE', //                                    33
  'Yippee.', //                                     34
  '', //                                            35
  'A [[note that', //                               36
  'spans lines]] ends.', //                         37
  '', //                                            38
  'THE DOOR SLAMS.', //                             39
  '', //                                            40
  'Bob jumps.', //                                  41
  'BANG!', //                                       42
  'He ducks.', //                                   43
  '', //                                            44
  "BOB (V.O.)(CONT'D)", //                          45
  'Still here.', //                                 46
  '', //                                            47
  "BOB (V.O.) (CONT'D) ^", //                       48
  'Me too.', //                                     49
  '  ', //                                          50
  'And on.', //                                     51
  '', //                                            52
  'MAGS (60s) climbs the ladder.', //               53
  '', //                                            54
  'MAGS (60s)', //                                  55
  '', //                                            56
  'The lamp flickers.', //                          57
  'MAGS (60s)', //                                  58
  'climbs the ladder.', //                          59
  '', //                                            60
  '!SHE STOPS.', //                                 61
  'LISTENS', //                                     62
  'to the wind.', //                                63
  '', //                                            64
  'INTERCUT WITH:', //                              65
  'The stairs.', //                                 66
];

// The exact scopes (below `text.fountain`) of the token at the text. A line in capitals gets only
// `meta.cue-candidate.fountain`, which no theme colours: whether it is a cue depends on the next line, which TextMate
// never sees, so the extension colours real cues with semantic tokens from the parser (checked in the suite).
const candidate = ['meta.cue-candidate.fountain'];
const action = ['meta.action.fountain'];
const dialogue = ['string.unquoted.dialogue.fountain'];
const sceneHeading = ['meta.scene-heading.fountain', 'entity.name.section.scene-heading.fountain', 'markup.heading.scene.fountain'];
const parenthetical = ['meta.parenthetical.fountain', 'variable.parameter.parenthetical.fountain'];

/** [what, line (0-based), text on that line, the exact scopes of the token containing its first character]. */
const expectations = [
  ['title-page key', 0, 'Title', ['meta.title-page.fountain', 'keyword.other.title-page-key.fountain']],
  ['title-page value', 1, 'Me', ['meta.title-page.fountain', 'string.unquoted.title-page-value.fountain']],
  ['section', 3, 'Act One', ['markup.heading.section.fountain', 'entity.name.section.fountain']],
  ['synopsis', 5, 'The setup.', ['comment.line.synopsis.fountain']],
  ['scene heading', 7, 'INT. HOUSE', sceneHeading],
  ['scene number', 7, '1A', ['meta.scene-heading.fountain', 'constant.numeric.scene-number.fountain']],
  ['italic', 9, '*Slowly.*', [...action, 'markup.italic.fountain']],
  ['bold', 9, '**Big.**', [...action, 'markup.bold.fountain']],
  ['underline', 9, '_under_', [...action, 'markup.underline.fountain']],
  ['action', 9, 'Bob', action],
  ['a cue: no colour from the grammar', 11, 'BOB', candidate],
  ['a cue extension: no colour from the grammar', 11, '(V.O.)', candidate],
  ['parenthetical', 12, '(quietly)', parenthetical],
  ['dialogue', 13, 'Hi.', dialogue],
  ['note in dialogue', 13, 'a note', [...dialogue, 'comment.block.note.fountain']],
  ['emphasis in dialogue', 13, '*there*', [...dialogue, 'markup.italic.fountain']],
  ['dual dialogue marker: no colour from the grammar', 15, '^', candidate],
  ['boneyard', 18, 'cut', ['comment.block.boneyard.fountain']],
  ['boneyard second line', 19, 'this', ['comment.block.boneyard.fountain']],
  ['transition', 21, 'CUT TO:', ['keyword.other.transition.fountain']],
  ['centered', 23, 'THE END', ['meta.centered.fountain', 'markup.other.centered.fountain']],
  ['lyrics', 25, 'Singing', ['markup.italic.lyrics.fountain']],
  ['page break', 27, '===', ['meta.separator.page-break.fountain']],
  ['forced scene heading', 29, 'FLASHBACK', sceneHeading],
  ['forced action is not a transition', 31, 'FADE IN:', action],
  ['forced character: no colour from the grammar', 33, '@McCLANE', candidate],
  ['dialogue after a forced character', 34, 'Yippee.', dialogue],
  ['multi-line note', 37, 'spans', [...action, 'comment.block.note.fountain']],
  ['text after a multi-line note', 37, 'ends.', action],
  ['action in capitals before a blank line is not coloured as a cue', 39, 'THE DOOR SLAMS.', candidate],
  ['a line in capitals inside an action paragraph is action', 42, 'BANG!', action],
  ['the action after it is not dialogue', 43, 'He ducks.', action],
  ['a cue with two extensions opens dialogue', 45, 'BOB', candidate],
  ['its dialogue', 46, 'Still here.', dialogue],
  ['a cue with two spaced extensions and ^', 48, 'BOB', candidate],
  ['its dialogue', 49, 'Me too.', dialogue],
  ['dialogue goes on after a line of two spaces', 51, 'And on.', dialogue],
  ['an age in action is not a parenthetical', 53, '(60s)', action],
  ['an age on a line in capitals before a blank line is not an extension', 55, '(60s)', candidate],
  ['an age on a line in capitals inside an action paragraph is action', 58, '(60s)', action],
  ['and the line after it is not dialogue', 59, 'climbs', action],
  ['a forced action paragraph goes on to the blank line', 62, 'LISTENS', action],
  ['and its lines are not dialogue', 63, 'to the wind.', action],
  ['a line in capitals ending in a colon opens no dialogue', 65, 'INTERCUT WITH:', action],
  ['so the line after it is action', 66, 'The stairs.', action],
];

/**
 * Lines of the real corpus (`<corpus>/full-scripts`), tokenized with the whole script before them:
 * [what, script, line (1-based, as editors number it), text on that line, exact scopes].
 */
const corpusExpectations = [
  ['Big Fish: action in capitals before a blank line', 'Big-Fish.fountain', 17, 'A RIVER.', candidate],
  ['Big Fish: a name alone before a blank line', 'Big-Fish.fountain', 1697, 'KARL', candidate],
  ['Big Fish: a line ending in a colon', 'Big-Fish.fountain', 252, 'TITLE OVER:', action],
  ['Big Fish: a cue with two extensions', 'Big-Fish.fountain', 28, "EDWARD (V.O.)(CONT'D)", candidate],
  ['Big Fish: its dialogue', 'Big-Fish.fountain', 29, 'By the time I was born', dialogue],
  ['Big Fish: a cue with two spaced extensions', 'Big-Fish.fountain', 213, "WILL (V.O.) (CONT'D)", candidate],
  ['Big Fish: its dialogue', 'Big-Fish.fountain', 214, 'True to form', dialogue],
  ['Big Fish: an age in action', 'Big-Fish.fountain', 685, '(85)', action],
  ['Big Fish: an age mid-sentence', 'Big-Fish.fountain', 287, '(29)', action],
  ['Big Fish: an EXT/INT. scene heading', 'Big-Fish.fountain', 2446, 'EXT/INT. SORORITY HOUSE', sceneHeading],
  ['The Last Birthday Card: FADE OUT. before a blank line', 'The-Last-Birthday-Card.fountain', 127, 'FADE OUT.', candidate],
  ['Brick & Steel: a cue', 'Brick-and-Steel.fountain', 30, 'STEEL', candidate],
  ['Brick & Steel: its parenthetical', 'Brick-and-Steel.fountain', 31, '(beer raised)', parenthetical],
  ['Brick & Steel: its dialogue', 'Brick-and-Steel.fountain', 32, 'To retirement.', dialogue],
];

/**
 * Checks every expectation, the corpus lines read from `corpus` (the folder holding `full-scripts/`); logs each
 * outcome and returns the counts.
 */
export async function checkGrammar(corpus) {
  const wasm = await readFile(join(dirname(require.resolve('vscode-oniguruma/package.json')), 'release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const rawGrammar = JSON.parse(await readFile(grammarPath, 'utf8'));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => (scopeName === 'text.fountain' ? rawGrammar : null),
  });
  const grammar = await registry.loadGrammar('text.fountain');
  // Line by line with the state carried over, as VS Code does (it hands the tokenizer lines without their ends).
  const tokenize = (lines) => {
    let state = textmate.INITIAL;
    return lines.map((text) => {
      const result = grammar.tokenizeLine(text, state);
      state = result.ruleStack;
      return { text, tokens: result.tokens };
    });
  };
  const scripts = new Map([['the test script', tokenize(script)]]);
  const checks = expectations.map(([name, line, needle, scopes]) => ({ name, script: 'the test script', line, needle, scopes }));
  for (const [name, file, line, needle, scopes] of corpusExpectations) {
    if (!scripts.has(file)) scripts.set(file, tokenize((await readFile(join(corpus, 'full-scripts', file), 'utf8')).split(/\r?\n/u)));
    checks.push({ name, script: file, line: line - 1, needle, scopes });
  }

  let passed = 0;
  let failed = 0;
  for (const { name, script: source, line, needle, scopes } of checks) {
    const { text, tokens } = scripts.get(source)[line] ?? { text: '', tokens: [] };
    const at = text.indexOf(needle);
    const token = tokens.find((candidate) => candidate.startIndex <= at && at < candidate.endIndex);
    const actual = (token?.scopes ?? []).filter((scope) => scope !== 'text.fountain');
    const ok = at !== -1 && JSON.stringify(actual) === JSON.stringify(scopes);
    if (ok) passed += 1;
    else failed += 1;
    const where = `${JSON.stringify(needle)} on line ${source === 'the test script' ? line : `${line + 1} of ${source}`}`;
    const problem = at === -1 ? `${where} is missing (the line reads ${JSON.stringify(text)})` : `${where} has [${actual.join(', ')}], expected [${scopes.join(', ')}]`;
    console[ok ? 'log' : 'error'](`  ${ok ? '✓' : '✗'} grammar: ${name}${ok ? '' : ` — ${problem}`}`);
  }
  return { passed, failed };
}
