import type { ScreenplayReport } from '../screenplay-report.js';
import { fontSize, labelGap } from './chart-layout.js';
import { svg } from './dialogue-share-chart.js';
import { escapeHtml } from './escape-html.js';
import { estimateTextWidth } from './estimate-text-width.js';
import { genderColour } from './gender-colour.js';
import { plural } from './plural.js';

const nodeRadius = 8;
const smallestRadius = 170;
const largestRadius = 400;
// A text box reaches about this far above and below its baseline at the label font size.
const ascent = fontSize.label;
const descent = 4;

/** Where one character sits: its dot, its label's anchor and the label's estimated box. */
interface Placed {
  readonly x: number;
  readonly y: number;
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
}

/**
 * Characters on a circle, a line between two who answer each other, thicker for more turns. Labels sit outside
 * the circle, centred above or below the dots at the top and bottom; the circle grows until no two labels touch.
 */
export function conversationCircle(report: ScreenplayReport): string {
  const names = report.characters.map((character) => character.name);
  let positions = placeOnCircle(names, smallestRadius);
  for (let radius = smallestRadius + 10; radius <= largestRadius && anyOverlap([...positions.values()]); radius += 10) positions = placeOnCircle(names, radius);
  const placed = [...positions.values()];
  // The drawing's extent: every dot and every estimated label box, so nothing leaves the SVG.
  const xs = placed.flatMap((point) => [point.box.left, point.box.right, point.x - nodeRadius, point.x + nodeRadius]);
  const ys = placed.flatMap((point) => [point.box.top, point.box.bottom, point.y - nodeRadius, point.y + nodeRadius]);
  const left = Math.floor(Math.min(0, ...xs)) - labelGap;
  const top = Math.floor(Math.min(0, ...ys)) - labelGap;
  const right = Math.ceil(Math.max(0, ...xs)) + labelGap;
  const bottom = Math.ceil(Math.max(0, ...ys)) + labelGap;

  const most = Math.max(1, ...report.conversations.map((conversation) => conversation.turns));
  const edges = report.conversations.map((conversation) => {
    const [a, b] = conversation.between;
    const from = positions.get(a);
    const to = positions.get(b);
    if (from === undefined || to === undefined) return '';
    const width = (1 + (conversation.turns / most) * 9).toFixed(1);
    return `<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" stroke="#555" stroke-opacity="0.45" stroke-width="${width}"><title>${escapeHtml(`${a} and ${b}: ${plural(conversation.turns, 'turn')} in ${plural(conversation.scenes.length, 'scene')}`)}</title></line>`;
  });
  const nodes = report.characters.map((character) => {
    const point = positions.get(character.name);
    if (point === undefined) return '';
    return `<g class="node"><circle cx="${point.x}" cy="${point.y}" r="${nodeRadius}" fill="${genderColour(character.gender.value)}"><title>${escapeHtml(`${character.name}, ${character.gender.value}`)}</title></circle><text x="${point.labelX}" y="${point.labelY}" text-anchor="${point.anchor}">${escapeHtml(character.name)}</text></g>`;
  });
  return svg('conversations', 'Who talks to whom', right - left, bottom - top, `<g transform="translate(${-left} ${-top})">${edges.join('')}${nodes.join('')}</g>`);
}

/** Each name at its place on a circle of `radius` around 0,0, the first just right of the top, clockwise. */
function placeOnCircle(names: readonly string[], radius: number): Map<string, Placed> {
  // Half a step off the top keeps the first and last dot level, one label each side, instead of one dot at the peak.
  const step = (2 * Math.PI) / Math.max(1, names.length);
  return new Map(names.map((name, index) => [name, placeName(name, -Math.PI / 2 + step / 2 + index * step, radius)]));
}

/** A dot at `angle` and its label outside the circle, with the label's estimated box. */
function placeName(name: string, angle: number, radius: number): Placed {
  const x = Math.round(radius * Math.cos(angle));
  const y = Math.round(radius * Math.sin(angle));
  const width = estimateTextWidth(name, fontSize.label);
  // Near the top or bottom a label beside its dot would run across its neighbours, so it goes above or below.
  if (Math.abs(Math.cos(angle)) < 0.2) {
    const labelY = y < 0 ? y - nodeRadius - descent - 2 : y + nodeRadius + ascent + 2;
    return { x, y, labelX: x, labelY, anchor: 'middle', box: { left: x - width / 2, right: x + width / 2, top: labelY - ascent, bottom: labelY + descent } };
  }
  const right = Math.cos(angle) > 0;
  const labelX = x + (right ? 1 : -1) * (nodeRadius + 4);
  const labelY = y + 4;
  const box = { left: right ? labelX : labelX - width, right: right ? labelX + width : labelX, top: labelY - ascent, bottom: labelY + descent };
  return { x, y, labelX, labelY, anchor: right ? 'start' : 'end', box };
}

/** Whether any two estimated label boxes come within 2px of each other. */
function anyOverlap(placed: readonly Placed[]): boolean {
  return placed.some((a, index) =>
    placed.slice(index + 1).some((b) => a.box.left < b.box.right + 2 && b.box.left < a.box.right + 2 && a.box.top < b.box.bottom + 2 && b.box.top < a.box.bottom + 2),
  );
}
