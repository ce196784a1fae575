import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import { cueTokens, cueTokenTypes, type CueToken } from './cue-tokens.js';

function tokensOf(script: string): Array<[number, string, CueToken['type']]> {
  const lines = script.split('\n');
  return cueTokens(parseFountain(script), (line) => lines[line] ?? '').map((token) => [token.line, (lines[token.line] ?? '').slice(token.start, token.start + token.length), token.type]);
}

describe('cueTokens', () => {
  it('colours a cue followed by dialogue, and not a line in capitals followed by a blank line (Big Fish)', () => {
    const script = 'A RIVER.\n\nKARL \n\nEDWARD (V.O.)(CONT\'D)\nBy the time I was born, he was already a legend.\n\nWILL (V.O.) (CONT\'D)\nTrue to form.\n';
    expect(tokensOf(script)).toEqual([
      [4, 'EDWARD', 'characterCue'],
      [4, '(V.O.)', 'characterExtension'],
      [4, "(CONT'D)", 'characterExtension'],
      [7, 'WILL', 'characterCue'],
      [7, '(V.O.)', 'characterExtension'],
      [7, "(CONT'D)", 'characterExtension'],
    ]);
  });

  it('leaves a parenthesised age in action alone, on its own line or mid-sentence', () => {
    expect(tokensOf('MAGS (60s)\n\nMAGS (60s) climbs the ladder.\n\nDR. JULIUS BENNETT (85) enters from the foyer.\n')).toEqual([]);
  });

  it('keeps the forced @, marks the dual-dialogue ^, and skips a note inside the cue', () => {
    expect(tokensOf('  @McCLANE (V.O.) ^\nYippee.\n\nBOB [[a note]] (O.S.)\nYo.\n')).toEqual([
      [0, '@McCLANE', 'characterCue'],
      [0, '(V.O.)', 'characterExtension'],
      [0, '^', 'dualDialogueMarker'],
      [3, 'BOB', 'characterCue'],
      [3, '(O.S.)', 'characterExtension'],
    ]);
  });

  it('reads full-width parentheses as extensions', () => {
    expect(tokensOf('ジョン（続き）\nこんにちは。\n')).toEqual([
      [0, 'ジョン', 'characterCue'],
      [0, '（続き）', 'characterExtension'],
    ]);
  });

  it('declares every token type in the manifest, each mapped to the scope themes colour it by, and on for Fountain', () => {
    const { contributes } = manifest;
    expect(contributes.semanticTokenTypes.map((type) => type.id)).toEqual([...cueTokenTypes]);
    expect(contributes.semanticTokenScopes).toEqual([
      {
        language: 'fountain',
        scopes: {
          characterCue: ['entity.name.tag.character.fountain'],
          characterExtension: ['entity.other.attribute-name.extension.fountain'],
          dualDialogueMarker: ['keyword.operator.dual-dialogue.fountain'],
        },
      },
    ]);
    expect(contributes.configurationDefaults['[fountain]']['editor.semanticHighlighting.enabled']).toBe(true);
  });
});
