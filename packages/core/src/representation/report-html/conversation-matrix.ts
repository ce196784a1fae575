import type { ScreenplayReport } from '../screenplay-report.js';
import { fontSize, labelGap } from './chart-layout.js';
import { svg } from './dialogue-share-chart.js';
import { escapeHtml } from './escape-html.js';
import { widestText } from './estimate-text-width.js';
import { plural } from './plural.js';
import { chartCharacterLimit } from './top-speakers.js';

// A cell is wider than a column label's line (about 17px at 13px), so upright column labels never touch.
const cellSize = 22;

/** The characters the matrix shows, most turns first, and how many turns each pair had. */
export interface ConversationMatrix {
  readonly names: readonly string[];
  /** Turns between two names, 0 when they never answer each other. */
  readonly turns: (a: string, b: string) => number;
  /** Characters who talk with anyone, shown or not. */
  readonly talkers: number;
}

/** The `limit` characters with the most turns in all their conversations (ties keep script order) and every pair's turns. */
export function conversationMatrix(report: ScreenplayReport, limit = chartCharacterLimit): ConversationMatrix {
  const byName = new Map<string, number>();
  const byPair = new Map<string, number>();
  for (const { between, turns } of report.conversations) {
    for (const name of between) byName.set(name, (byName.get(name) ?? 0) + turns);
    byPair.set(between.join('\u0000'), turns);
  }
  const talkers = report.characters.map((character) => character.name).filter((name) => byName.has(name));
  const names = [...talkers].sort((a, b) => (byName.get(b) ?? 0) - (byName.get(a) ?? 0)).slice(0, limit);
  return { names, turns: (a, b) => byPair.get((a < b ? [a, b] : [b, a]).join('\u0000')) ?? 0, talkers: talkers.length };
}

/**
 * Who talks to whom as a grid, for casts too large for a circle: a row and a column per character with the most
 * turns, the cell between two darker the more they answer each other, each cell titled with its count.
 */
export function conversationMatrixChart(report: ScreenplayReport): string {
  const matrix = conversationMatrix(report);
  const { names } = matrix;
  const labelSpace = widestText(names, fontSize.label) + labelGap + 4;
  const most = Math.max(1, ...names.flatMap((a) => names.map((b) => matrix.turns(a, b))));
  const rowLabels = names.map((name, row) => `<text x="${labelSpace - labelGap}" y="${labelSpace + row * cellSize + 16}" text-anchor="end">${escapeHtml(name)}</text>`);
  // Upright column labels read bottom to top and end just above their column; the baseline sits right of centre.
  const columnLabels = names.map((name, column) => {
    const x = labelSpace + column * cellSize + 15;
    const y = labelSpace - labelGap;
    return `<text x="${x}" y="${y}" transform="rotate(-90 ${x} ${y})">${escapeHtml(name)}</text>`;
  });
  const cells = names.flatMap((a, row) =>
    names.map((b, column) => {
      const turns = a === b ? 0 : matrix.turns(a, b);
      const position = `x="${labelSpace + column * cellSize + 1}" y="${labelSpace + row * cellSize + 1}" width="${cellSize - 2}" height="${cellSize - 2}"`;
      if (a === b) return `<rect class="cell self" ${position}></rect>`;
      // Square-root shading: the lead pair's hundreds of turns would otherwise leave every other cell blank.
      const shade = turns === 0 ? '' : ` fill-opacity="${(0.15 + 0.85 * Math.sqrt(turns / most)).toFixed(2)}"`;
      return `<rect class="cell${turns === 0 ? ' empty' : ''}" ${position}${shade}><title>${escapeHtml(`${a} and ${b}: ${plural(turns, 'turn')}`)}</title></rect>`;
    }),
  );
  const size = labelSpace + names.length * cellSize + labelGap;
  const chart = svg('conversations', 'Who talks to whom', size, size, [...columnLabels, ...rowLabels, ...cells].join('\n'));
  const who = names.length < matrix.talkers ? `the ${names.length} characters with the most turns` : 'every character who talks with another';
  const note = names.length === 0 ? 'No two characters answer each other in a scene.' : `Rows and columns: ${who}, most turns first. The darker the cell, the more turns between the two (at most ${plural(most, 'turn')}); hover a cell for its count. The table below lists every pair.`;
  return `${chart}\n<p class="chart-note">${escapeHtml(note)}</p>`;
}
