import { describe, expect, it } from 'vitest';
import { locateQuote } from './locate-quote.js';

const scene = 'The weight chain jumped its sprocket and Mara put her hand into\nthe gears to stop the lens. “Save the light,” said Mara.';

describe('locateQuote', () => {
  it('finds an exact quote', () => {
    expect(locateQuote(scene, 'jumped its sprocket')).toEqual({ start: 17, end: 36 });
  });

  it('finds a quote whose line break the model wrote as a space, and curly marks written straight', () => {
    const found = locateQuote(scene, ' Mara put her hand into the gears ');
    expect(found && scene.slice(found.start, found.end)).toBe('Mara put her hand into\nthe gears');
    const said = locateQuote(scene, '"Save the light," said Mara.');
    expect(said && scene.slice(said.start, said.end)).toBe('“Save the light,” said Mara.');
  });

  it('finds nothing for a made-up or blank quote', () => {
    expect(locateQuote(scene, 'Mara waved both hands.')).toBeUndefined();
    expect(locateQuote(scene, '  ')).toBeUndefined();
  });
});
