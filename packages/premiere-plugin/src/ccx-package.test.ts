import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, writeZip } from '../scripts/write-zip.mjs';

const entries = [
  { name: 'manifest.json', bytes: new TextEncoder().encode('{"id":"com.reelkit.premiere"}') },
  { name: 'dist/index.js', bytes: new TextEncoder().encode('"use strict";console.log("Reelkit — 字幕");') },
];

describe('the .ccx zip writer', () => {
  it('computes the CRC-32 zip uses', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    // zlib.crc32 exists from Node 20.15; compare with it where it does.
    const nodeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
    const bytes = entries[1]?.bytes ?? new Uint8Array();
    expect(crc32(bytes)).toBe(nodeCrc32 === undefined ? 0xf24b3567 : nodeCrc32(bytes));
  });

  it('writes a zip that unzip lists and tests, with the same bytes each time', async () => {
    const zip = writeZip(entries);
    expect(writeZip(entries)).toEqual(zip);
    const path = join(await mkdtemp(join(tmpdir(), 'ccx-')), 'reelkit.ccx');
    await writeFile(path, zip);
    const listing = execFileSync('unzip', ['-l', path], { encoding: 'utf8' });
    expect(listing).toMatch(/\s29\s+1980-01-01 00:00\s+manifest\.json/);
    expect(listing).toMatch(/dist\/index\.js/);
    expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain('No errors detected');
    expect(execFileSync('unzip', ['-p', path, 'dist/index.js'], { encoding: 'utf8' })).toBe('"use strict";console.log("Reelkit — 字幕");');
  });
});
