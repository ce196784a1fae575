// Writes the plugin's icons (icons/*.png) as Adobe's UXP icon guide asks: the plugin's own icon for the Plugins panel
// (24×24, 48×48 at 2x) and the panel's icon for the toolbar (23×23, 46×46 at 2x) per theme. Drawn here, a film reel
// with a cut through it, because the repository holds no image tools; run `node scripts/write-icons.mjs` to redraw.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { crc32 } from './write-zip.mjs';

const here = new URL('..', import.meta.url);

/** Coverage (0..1) of the reel at a point of the unit square: a ring, a hub, four holes, and a diagonal cut. */
function reel(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > 0.46) return 0;
  if (Math.abs(dx + dy) < 0.035 && r > 0.12) return 0;
  if (r < 0.07) return 0;
  for (const [hx, hy] of [[0, -0.24], [0, 0.24], [-0.24, 0], [0.24, 0]]) if (Math.hypot(dx - hx, dy - hy) < 0.1) return 0;
  return 1;
}

/** An RGBA PNG of `size` pixels, the reel in `rgb`, 4×4 supersampled for soft edges. */
function png(size, rgb) {
  const rows = [];
  for (let row = 0; row < size; row += 1) {
    const line = [0];
    for (let column = 0; column < size; column += 1) {
      let covered = 0;
      for (let sy = 0; sy < 4; sy += 1) for (let sx = 0; sx < 4; sx += 1) covered += reel((column + (sx + 0.5) / 4) / size, (row + (sy + 0.5) / 4) / size);
      line.push(...rgb, Math.round((covered / 16) * 255));
    }
    rows.push(...line);
  }
  const chunk = (type, data) => {
    const body = concat([new TextEncoder().encode(type), data]);
    return concat([uint32(data.length), body, uint32(crc32(body))]);
  };
  const header = concat([uint32(size), uint32(size), new Uint8Array([8, 6, 0, 0, 0])]);
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(new Uint8Array(rows), { level: 9 })), chunk('IEND', new Uint8Array())]);
}

/** A big-endian 32-bit unsigned integer. */
function uint32(value) {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value >>> 0);
  return bytes;
}

/** The parts joined into one array. */
function concat(parts) {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

const icons = [
  ['plugin', 24, [232, 163, 61]],
  ['panel-dark', 23, [221, 221, 221]],
  ['panel-light', 23, [70, 70, 70]],
];
mkdirSync(new URL('icons/', here), { recursive: true });
for (const [name, size, rgb] of icons) {
  for (const scale of [1, 2]) writeFileSync(new URL(`icons/${name}@${scale}x.png`, here), png(size * scale, rgb));
}
