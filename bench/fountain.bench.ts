// Fountain engine vs fountain-js on Big Fish, measured in the same run after warm-up.
import { Fountain } from 'fountain-js';
import { parseFountain, updateScreenplay } from '../packages/core/src/screenplay/index.js';
import { bigFish } from './big-fish.js';
import { sampleMs } from './sample-ms.js';
import { createBenchResult, median, type BenchResult } from './bench-result.js';



/**
 * `fountain.parse.bigfish` against fountain-js; `fountain.incremental.keystroke` against our own full re-parse
 * (betterfountain's strategy). An update defers copying the moved elements until `elements` is read, so
 * `fountain.incremental.keystroke-read` also reads them after every keystroke: the cost when nothing debounces.
 */
export default async function (): Promise<BenchResult[]> {
  const fountainJs = new Fountain();
  const oursParse = median(sampleMs(() => parseFountain(bigFish), 30, 100));
  const theirsParse = median(sampleMs(() => fountainJs.parse(bigFish), 10, 40));

  // One character typed at a time in the middle of the script, each edit applied to the previous result.
  let screenplay = parseFountain(bigFish);
  let typed = 0;
  const middle = bigFish.indexOf('\n', bigFish.length >> 1) + 1;
  const keystroke = (): void => {
    screenplay = updateScreenplay(screenplay, { offset: middle + typed, length: 0, text: typed % 7 === 6 ? ' ' : 'x' });
    typed += 1;
  };
  const oursKeystroke = median(sampleMs(keystroke, 500, 2000));

  // The same typing from a fresh parse, reading the elements (an outline refresh) after every keystroke.
  screenplay = parseFountain(bigFish);
  typed = 0;
  let elementsRead = 0;
  const keystrokeAndRead = (): void => {
    keystroke();
    elementsRead += screenplay.elements.length;
  };
  const oursKeystrokeRead = median(sampleMs(keystrokeAndRead, 500, 2000));
  if (elementsRead === 0) throw new Error('the keystroke-read bench read no elements');

  return [
    createBenchResult({
      id: 'fountain.parse.bigfish',
      value: oursParse,
      unit: 'ms',
      anchor: 'fountain-js 1.2.4 parse',
      anchorValue: theirsParse,
      better: 'lower',
      target: '>= 10x faster than fountain-js (ratio <= 0.1)',
    }),
    createBenchResult({
      id: 'fountain.incremental.keystroke',
      value: oursKeystroke,
      unit: 'ms',
      anchor: 'full re-parse per keystroke (betterfountain strategy, our parser)',
      anchorValue: oursParse,
      better: 'lower',
      target: '<= 0.1 ms median',
    }),
    createBenchResult({
      id: 'fountain.incremental.keystroke-read',
      value: oursKeystrokeRead,
      unit: 'ms',
      anchor: 'full re-parse per keystroke (betterfountain strategy, our parser)',
      anchorValue: oursParse,
      better: 'lower',
    }),
  ];
}
