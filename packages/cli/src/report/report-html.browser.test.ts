import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createScreenplayReport } from '@reelkit/core/representation';
import { parseFountain } from '@reelkit/core/screenplay';
import { syntheticFeatureScript } from '../../../core/src/representation/report-html/__fixtures__/synthetic-feature-script.js';
import { installedChromium, sharedFolder } from '../../../../tests/support/external.js';
import { createReportCommand } from '../commands/report-command.js';

const chromiumInstall = installedChromium();
const corpus = sharedFolder('corpus');
const example = new URL('../../../../examples/screenplays/low-tide-at-kestrel-point.fountain', import.meta.url);
const chartIds = ['dialogue-share', 'gender-share', 'scene-presence', 'conversations'];
const names = ['MAGS', 'ROSA', 'KIT', 'FERGUS', 'CALLUM', 'DR. MEHTA', 'FERRY ANNOUNCER'];

let browser: Browser;
let page: Page;
const requests: string[] = [];

/** Writes a script's report with the real command and returns the HTML file's path. */
async function writeReport(scriptPath: string): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'reelkit-html-')), 'report.html');
  const code = await createReportCommand({ isStderrTerminal: () => false }).run([scriptPath, '--out', out], { stdout: () => undefined, stderr: () => undefined });
  expect(code).toBe(0);
  return out;
}

/** The report of a script open in a new page of the running browser. */
async function openReport(scriptPath: string): Promise<Page> {
  const opened = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await opened.goto(pathToFileURL(await writeReport(scriptPath)).href);
  return opened;
}

beforeAll(async () => {
  // Without chromium the suite below is skipped (CI installs it and requires it).
  if (!chromiumInstall.available) return;
  const out = await writeReport(example.pathname);
  browser = await chromium.launch({
    executablePath: chromiumInstall.executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(out).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Size on screen and every text label of one chart. */
async function chart(id: string): Promise<{ title: string; width: number; height: number; labels: string[] }> {
  const element = page.locator(`svg#${id}`);
  const box = await element.boundingBox();
  return {
    title: (await element.locator(':scope > title').textContent()) ?? '',
    width: box?.width ?? 0,
    height: box?.height ?? 0,
    labels: await element.locator('text').allTextContents(),
  };
}

/**
 * Every text label of a chart, as Chromium lays it out, that overlaps another label or reaches outside the chart's
 * SVG box, one line each (none: `[]`), and how many labels were measured.
 */
async function labelCollisions(on: Page, id: string): Promise<{ measured: number; problems: string[] }> {
  return on.evaluate((chartId) => {
    const chart = document.getElementById(chartId);
    if (chart === null) return { measured: 0, problems: [`no chart #${chartId}`] };
    const frame = chart.getBoundingClientRect();
    const labels = Array.from(chart.querySelectorAll('text'), (text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }));
    const problems: string[] = [];
    labels.forEach(({ text, box }, index) => {
      if (box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom) problems.push(`${chartId}: "${text}" leaves the chart`);
      for (const other of labels.slice(index + 1)) {
        if (box.left < other.box.right && other.box.left < box.right && box.top < other.box.bottom && other.box.top < box.bottom) problems.push(`${chartId}: "${text}" overlaps "${other.text}"`);
      }
    });
    return { measured: labels.length, problems };
  }, id);
}

/** Label collisions of all four charts of a page, and how many labels each chart has. */
async function allCollisions(on: Page): Promise<{ measured: Record<string, number>; problems: string[] }> {
  const measured: Record<string, number> = {};
  const problems: string[] = [];
  for (const id of chartIds) {
    const result = await labelCollisions(on, id);
    measured[id] = result.measured;
    problems.push(...result.problems);
  }
  return { measured, problems };
}

/** Text of a chart's labels matching a selector, in document order. */
const labelsOf = (on: Page, selector: string): Promise<string[]> => on.locator(selector).allTextContents();

chromiumInstall.describe('the HTML report in Chromium', () => {
  it('loads nothing but the file itself and runs no script', async () => {
    expect(requests).toEqual([page.url()]);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.title()).toBe('LOW TIDE AT KESTREL POINT — Reelkit report');
  });

  it('draws the dialogue share with a labelled bar per character', async () => {
    const share = await chart('dialogue-share');
    expect(share.title).toBe('Dialogue share by character');
    expect(share.width).toBeGreaterThan(300);
    expect(share.height).toBeGreaterThan(150);
    expect(share.labels.filter((label) => names.includes(label))).toEqual(names);
    expect(share.labels).toContain('33.4% · female');
    const barWidths = await page.locator('svg#dialogue-share rect').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
    expect(barWidths).toHaveLength(7);
    expect(Math.min(...barWidths)).toBeGreaterThan(0);
  });

  it('draws the gender split with and without the 100-word threshold', async () => {
    const gender = await chart('gender-share');
    expect(gender.title).toBe('Dialogue share by gender');
    expect(gender.height).toBeGreaterThan(100);
    expect(gender.labels).toEqual(expect.arrayContaining(['female', 'male', 'non-binary', '56.9% all characters', '80.6% 100+ words only']));
  });

  it('draws scene presence over the length of the script, scenes 1 to 9', async () => {
    const presence = await chart('scene-presence');
    expect(presence.title).toBe('Scene presence over the length of the script');
    expect(presence.width).toBeGreaterThan(300);
    expect(presence.labels.slice(0, 9)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(presence.labels.slice(9)).toEqual(['KIT', 'MAGS', 'FERGUS', 'ROSA', 'FERRY ANNOUNCER', 'CALLUM', 'DR. MEHTA']);
    // MAGS is in 6 scenes: six visible blocks in her row.
    const magsBlocks = await page.locator('svg#scene-presence g.row').nth(1).locator('rect').evaluateAll((rects) => rects.filter((rect) => rect.getBoundingClientRect().width > 0).length);
    expect(magsBlocks).toBe(6);
  });

  it('draws who talks to whom, one line per pair', async () => {
    const talk = await chart('conversations');
    expect(talk.title).toBe('Who talks to whom');
    expect(talk.height).toBeGreaterThan(300);
    expect([...talk.labels].sort()).toEqual([...names].sort());
    expect(await page.locator('svg#conversations line').count()).toBe(12);
    expect(await page.locator('svg#conversations line title').first().textContent()).toBe('MAGS and ROSA: 20 turns in 3 scenes');
  });

  it('sets every chart label clear of the others and inside its chart', async () => {
    const { measured, problems } = await allCollisions(page);
    expect(problems).toEqual([]);
    expect(measured).toEqual({ 'dialogue-share': 14, 'gender-share': 12, 'scene-presence': 16, conversations: 7 });
  });

  it('shows the Bechdel–Wallace verdict and the findings as text', async () => {
    expect(await page.locator('#bechdel-heading').textContent()).toBe('Bechdel–Wallace test: pass');
    expect(await page.locator('#findings-heading').textContent()).toBe('Findings (3)');
  });

  // Every text colour against the page background, as WCAG computes contrast; the smallest ratio and where it is.
  const lowestContrast = (): Promise<{ ratio: number; where: string }> =>
    page.evaluate(() => {
      const channels = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (colour: string): number => {
        const [r = 0, g = 0, b = 0] = channels(colour).map((value) => value / 255).map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const background = luminance(getComputedStyle(document.body).backgroundColor);
      let lowest = { ratio: Infinity, where: '' };
      for (const selector of ['h1', 'h2', '.summary', '.chart-note', 'th', 'td', 'details summary', '.pass', '.fail', '.undetermined', 'svg text', 'svg text.axis']) {
        for (const element of Array.from(document.querySelectorAll(selector)).slice(0, 20)) {
          const style = getComputedStyle(element);
          const foreground = luminance(element instanceof SVGElement ? style.fill : style.color);
          const ratio = (Math.max(foreground, background) + 0.05) / (Math.min(foreground, background) + 0.05);
          if (ratio < lowest.ratio) lowest = { ratio: Math.round(ratio * 100) / 100, where: selector };
        }
      }
      return lowest;
    });

  /** Dresses the page as a VS Code webview of the given theme: its body class and the editor's colour variables. */
  const asVsCodeTheme = (bodyClass: string, colours: Record<string, string>): Promise<void> =>
    page.evaluate(
      ([name, variables]) => {
        document.body.className = name;
        for (const [variable, value] of Object.entries(variables)) document.documentElement.style.setProperty(variable, value);
      },
      [bodyClass, colours] as const,
    );

  it('keeps every text at 4.5:1 contrast or better in light and dark, and in VS Code light, dark and high-contrast themes', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await lowestContrast();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await lowestContrast();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(30, 30, 30)');
    // The colours of VS Code's default Light Modern, Dark Modern and High Contrast themes.
    await asVsCodeTheme('vscode-light', { '--vscode-editor-foreground': '#3b3b3b', '--vscode-editor-background': '#ffffff', '--vscode-descriptionForeground': '#3b3b3b' });
    const vscodeLight = await lowestContrast();
    await asVsCodeTheme('vscode-dark', { '--vscode-editor-foreground': '#cccccc', '--vscode-editor-background': '#1f1f1f', '--vscode-descriptionForeground': '#9d9d9d' });
    const vscodeDark = await lowestContrast();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1') as Element).color)).toBe('rgb(204, 204, 204)');
    await asVsCodeTheme('vscode-high-contrast', { '--vscode-editor-foreground': '#ffffff', '--vscode-editor-background': '#000000', '--vscode-descriptionForeground': '#ffffff' });
    const highContrast = await lowestContrast();
    for (const [theme, lowest] of Object.entries({ light, dark, vscodeLight, vscodeDark, highContrast })) expect(lowest.ratio, `${theme}: ${lowest.where}`).toBeGreaterThanOrEqual(4.5);
  });
});

chromiumInstall.describe('the HTML report of a feature in Chromium', () => {
  // Who speaks and who answers whom in Big Fish is the analysis's business and may shift; the chart's choices are
  // checked against the report's own counts, and the layout exactly.
  corpus.it(
    'Big Fish (192 scenes, 47 speakers): 20 bars and one "others" bar, scenes numbered every 25, a 20 × 20 matrix, no label overlapping or clipped',
    async () => {
      const report = createScreenplayReport(parseFountain(corpus.read('full-scripts/Big-Fish.fountain')));
      const folded = report.speakingCharacters - 20;
      const bigFish = await openReport(corpus.path('full-scripts/Big-Fish.fountain'));
      const { measured, problems } = await allCollisions(bigFish);
      expect(problems).toEqual([]);
      expect(measured).toEqual({ 'dialogue-share': 42, 'gender-share': 3, 'scene-presence': 29, conversations: 40 });
      expect(await bigFish.locator('svg#dialogue-share rect').count()).toBe(21);
      expect((await labelsOf(bigFish, 'svg#dialogue-share g.others text'))[0]).toBe(`${folded} others`);
      expect(await labelsOf(bigFish, 'svg#scene-presence text.axis')).toEqual(['1', '25', '50', '75', '100', '125', '150', '175']);
      expect((await labelsOf(bigFish, 'svg#scene-presence g.row text')).at(-1)).toBe(`${folded} others`);
      expect(await bigFish.locator('svg#conversations line').count()).toBe(0);
      expect(await bigFish.locator('svg#conversations rect.cell title').count()).toBe(380);
      // The first titled cell is row 1, column 2: the two characters with the most turns.
      const [first = '', second = ''] = await labelsOf(bigFish, 'svg#conversations text[text-anchor="end"]');
      const pair = report.conversations.find(({ between }) => between.includes(first) && between.includes(second));
      expect(await bigFish.locator('svg#conversations rect.cell title').first().textContent()).toBe(`${first} and ${second}: ${pair?.turns ?? 0} turns`);
      await bigFish.close();
    },
    60_000,
  );

  it('a generated 300-scene, 80-speaker script with long names: every name whole, no label overlapping or clipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reelkit-synthetic-'));
    const script = join(dir, 'three-hundred-scenes.fountain');
    await writeFile(script, syntheticFeatureScript(300, 80));
    const synthetic = await openReport(script);
    const { measured, problems } = await allCollisions(synthetic);
    expect(problems).toEqual([]);
    expect(measured).toEqual({ 'dialogue-share': 42, 'gender-share': 12, 'scene-presence': 34, conversations: 40 });
    expect(await labelsOf(synthetic, 'svg#dialogue-share g.others text')).toEqual(['60 others', '48.7% together']);
    expect(await labelsOf(synthetic, 'svg#scene-presence text.axis')).toEqual(['1', '25', '50', '75', '100', '125', '150', '175', '200', '225', '250', '275', '300']);
    expect(await labelsOf(synthetic, 'svg#dialogue-share text')).toContain('DETECTIVE SERGEANT ALEXANDRA MONTGOMERY-WHITFIELD');
    expect(await labelsOf(synthetic, 'svg#conversations text')).toContain('HIS EXCELLENCY THE AMBASSADOR OF SAN MARINO');
    await synthetic.close();
  }, 60_000);

  it('a generated 40-scene script with 15 speakers, four of them long-named: still the circle, no label overlapping or clipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reelkit-synthetic-'));
    const script = join(dir, 'fifteen-speakers.fountain');
    await writeFile(script, syntheticFeatureScript(40, 15));
    const circle = await openReport(script);
    const { measured, problems } = await allCollisions(circle);
    expect(problems).toEqual([]);
    expect(measured).toEqual({ 'dialogue-share': 30, 'gender-share': 12, 'scene-presence': 24, conversations: 15 });
    expect(await circle.locator('svg#conversations circle').count()).toBe(15);
    expect(await labelsOf(circle, 'svg#conversations text')).toContain('DETECTIVE SERGEANT ALEXANDRA MONTGOMERY-WHITFIELD');
    await circle.close();
  }, 60_000);
});
