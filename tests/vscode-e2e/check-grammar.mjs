// Tokenizes a script covering every Fountain element with the extension's TextMate grammar, using the same engine
// as VS Code (vscode-textmate + vscode-oniguruma), and checks the scope each element gets. Returns the counts.
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
];

/** [line, text on that line, scope the token starting at that text must have (or `!scope`: must not have)]. */
const expectations = [
  ['title-page key', 0, 'Title', 'keyword.other.title-page-key.fountain'],
  ['title-page value', 1, 'Me', 'string.unquoted.title-page-value.fountain'],
  ['section', 3, 'Act One', 'entity.name.section.fountain'],
  ['synopsis', 5, 'The setup.', 'comment.line.synopsis.fountain'],
  ['scene heading', 7, 'INT. HOUSE', 'entity.name.section.scene-heading.fountain'],
  ['scene number', 7, '1A', 'constant.numeric.scene-number.fountain'],
  ['italic', 9, '*Slowly.*', 'markup.italic.fountain'],
  ['bold', 9, '**Big.**', 'markup.bold.fountain'],
  ['underline', 9, '_under_', 'markup.underline.fountain'],
  ['action is not a cue', 9, 'Bob', '!entity.name.tag.character.fountain'],
  ['character', 11, 'BOB', 'entity.name.tag.character.fountain'],
  ['character extension', 11, '(V.O.)', 'entity.other.attribute-name.extension.fountain'],
  ['parenthetical', 12, '(quietly)', 'variable.parameter.parenthetical.fountain'],
  ['dialogue', 13, 'Hi.', 'string.unquoted.dialogue.fountain'],
  ['note in dialogue', 13, 'a note', 'comment.block.note.fountain'],
  ['emphasis in dialogue', 13, '*there*', 'markup.italic.fountain'],
  ['dual dialogue marker', 15, '^', 'keyword.operator.dual-dialogue.fountain'],
  ['boneyard', 18, 'cut', 'comment.block.boneyard.fountain'],
  ['boneyard second line', 19, 'this', 'comment.block.boneyard.fountain'],
  ['transition', 21, 'CUT TO:', 'keyword.other.transition.fountain'],
  ['centered', 23, 'THE END', 'markup.other.centered.fountain'],
  ['lyrics', 25, 'Singing', 'markup.italic.lyrics.fountain'],
  ['page break', 27, '===', 'meta.separator.page-break.fountain'],
  ['forced scene heading', 29, 'FLASHBACK', 'entity.name.section.scene-heading.fountain'],
  ['forced action is not a transition', 31, 'FADE IN:', '!keyword.other.transition.fountain'],
  ['forced character', 33, '@McCLANE', 'entity.name.tag.character.fountain'],
  ['dialogue after a forced character', 34, 'Yippee.', 'string.unquoted.dialogue.fountain'],
  ['multi-line note', 37, 'spans', 'comment.block.note.fountain'],
  ['text after a multi-line note', 37, 'ends.', '!comment.block.note.fountain'],
];

/** Checks every expectation; logs each outcome and returns the counts. */
export async function checkGrammar() {
  const wasm = await readFile(join(dirname(require.resolve('vscode-oniguruma/package.json')), 'release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const rawGrammar = JSON.parse(await readFile(grammarPath, 'utf8'));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => (scopeName === 'text.fountain' ? rawGrammar : null),
  });
  const grammar = await registry.loadGrammar('text.fountain');
  let state = textmate.INITIAL;
  const lines = script.map((text) => {
    const result = grammar.tokenizeLine(text, state);
    state = result.ruleStack;
    return { text, tokens: result.tokens };
  });

  let passed = 0;
  let failed = 0;
  for (const [name, line, needle, scope] of expectations) {
    const { text, tokens } = lines[line];
    const at = text.indexOf(needle);
    const token = tokens.find((candidate) => candidate.startIndex <= at && at < candidate.endIndex);
    const scopes = token?.scopes ?? [];
    const negated = scope.startsWith('!');
    const ok = at !== -1 && (negated ? !scopes.includes(scope.slice(1)) : scopes.includes(scope));
    if (ok) passed += 1;
    else failed += 1;
    console[ok ? 'log' : 'error'](`  ${ok ? '✓' : '✗'} grammar: ${name}${ok ? '' : ` — ${JSON.stringify(needle)} on line ${line} has ${scopes.join(' ')}`}`);
  }
  return { passed, failed };
}
