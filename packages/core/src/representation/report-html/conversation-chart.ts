import type { ScreenplayReport } from '../screenplay-report.js';
import { svg } from './dialogue-share-chart.js';
import { escapeHtml } from './escape-html.js';
import { genderColour } from './gender-colour.js';
import { plural } from './plural.js';

const size = 520;
const radius = 170;

/** Who talks to whom: characters on a circle, a line between two who answer each other, thicker for more turns. */
export function conversationChart(report: ScreenplayReport): string {
  const names = report.characters.map((character) => character.name);
  const centre = size / 2;
  const place = new Map(
    names.map((name, index) => {
      const angle = (index / Math.max(1, names.length)) * 2 * Math.PI - Math.PI / 2;
      return [name, { x: Math.round(centre + radius * Math.cos(angle)), y: Math.round(centre + radius * Math.sin(angle)), angle }];
    }),
  );
  const most = Math.max(1, ...report.conversations.map((conversation) => conversation.turns));
  const edges = report.conversations.map((conversation) => {
    const [a, b] = conversation.between;
    const from = place.get(a);
    const to = place.get(b);
    if (from === undefined || to === undefined) return '';
    const width = (1 + (conversation.turns / most) * 9).toFixed(1);
    return `<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" stroke="#555" stroke-opacity="0.45" stroke-width="${width}"><title>${escapeHtml(`${a} and ${b}: ${plural(conversation.turns, 'turn')} in ${plural(conversation.scenes.length, 'scene')}`)}</title></line>`;
  });
  const nodes = report.characters.map((character) => {
    const point = place.get(character.name);
    if (point === undefined) return '';
    const right = Math.cos(point.angle) >= 0;
    const labelX = Math.round(point.x + (right ? 12 : -12));
    return `<g class="node"><circle cx="${point.x}" cy="${point.y}" r="8" fill="${genderColour(character.gender.value)}"><title>${escapeHtml(`${character.name}, ${character.gender.value}`)}</title></circle><text x="${labelX}" y="${point.y + 4}" text-anchor="${right ? 'start' : 'end'}">${escapeHtml(character.name)}</text></g>`;
  });
  return svg('conversations', 'Who talks to whom', size + 120, size, `<g transform="translate(60 0)">${edges.join('')}${nodes.join('')}</g>`);
}
