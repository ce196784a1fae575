// Independent check: Chromium's own WebVTT parser reads our file into a <track>, and must see our cues and times.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installedChromium } from '../../../../tests/support/external.js';
import type { CaptionCue } from './caption-cue.js';
import { segmentCaptions } from './segment-captions.js';
import { escapeWebVttText } from './escape-webvtt-text.js';
import { writeWebVtt } from './write-webvtt.js';

const chromiumInstall = installedChromium();
const executablePath = chromiumInstall.executablePath;

interface BrowserCue {
  readonly id: string;
  readonly startTime: number;
  readonly endTime: number;
  readonly text: string;
  readonly plain: string;
}

let browser: Browser;

beforeAll(async () => {
  // Without chromium the suite below is skipped (CI installs it and requires it).
  if (!chromiumInstall.available) return;
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Loads a WebVTT file into a <track> of a <video> and returns the cues Chromium parsed. */
async function cuesInChromium(vtt: string): Promise<BrowserCue[]> {
  const page = await browser.newPage();
  try {
    await page.setContent('<video></video>');
    return await page.evaluate(async (source) => {
      const video = document.querySelector('video') as HTMLVideoElement;
      const track = document.createElement('track');
      track.kind = 'captions';
      track.src = `data:text/vtt;charset=utf-8,${encodeURIComponent(source)}`;
      video.append(track);
      track.track.mode = 'hidden';
      await new Promise<void>((resolve, reject) => {
        track.addEventListener('load', () => resolve());
        track.addEventListener('error', () => reject(new Error('Chromium could not load the WebVTT track')));
      });
      return Array.from(track.track.cues ?? [], (cue) => {
        const vttCue = cue as VTTCue;
        return { id: vttCue.id, startTime: vttCue.startTime, endTime: vttCue.endTime, text: vttCue.text, plain: vttCue.getCueAsHTML().textContent ?? '' };
      });
    }, vtt);
  } finally {
    await page.close();
  }
}

chromiumInstall.describe('our WebVTT in Chromium', () => {
  it('has the same cues, times and text as we wrote', async () => {
    const words = 'Mara climbs the stairs of the lighthouse every night at dusk, and she never misses a lighting. Fish & chips <cheap> at Port Aven? Yes.'
      .split(' ')
      .map((text, index) => ({ text, start: 0.5 + index * 0.35, end: 0.8 + index * 0.35 }));
    const { cues: segmented } = segmentCaptions(words);
    const cues: CaptionCue[] = [
      ...segmented,
      { start: 100, end: 101.5, lines: ['Settings and an id'], id: 'last', settings: 'line:0 align:start' },
      { start: 360_000, end: 360_002, lines: ['A hundred hours in.'] },
    ];
    const vtt = writeWebVtt(cues, { header: 'The Saltmarsh Light', notes: ['Written by Reelkit; read back by Chromium.'] });
    const seen = await cuesInChromium(vtt);
    expect(seen).toEqual(
      cues.map((cue) => ({
        id: cue.id ?? '',
        startTime: cue.start,
        endTime: cue.end,
        text: cue.lines.map(escapeWebVttText).join('\n'),
        plain: cue.lines.join('\n'),
      })),
    );
    expect(seen.length).toBeGreaterThan(3);
  }, 60_000);
});
