import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installedChromium } from '../../../../tests/support/external.js';
import { createReportCommand } from '../commands/report-command.js';

const chromiumInstall = installedChromium();
const example = new URL('../../../../examples/screenplays/low-tide-at-kestrel-point.fountain', import.meta.url);
const names = ['MAGS', 'ROSA', 'KIT', 'FERGUS', 'CALLUM', 'DR. MEHTA', 'FERRY ANNOUNCER'];

let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  // Without chromium the suite below is skipped (CI installs it and requires it).
  if (!chromiumInstall.available) return;
  const dir = await mkdtemp(join(tmpdir(), 'reelkit-html-'));
  const out = join(dir, 'report.html');
  const code = await createReportCommand({ isStderrTerminal: () => false }).run([example.pathname, '--out', out], { stdout: () => undefined, stderr: () => undefined });
  expect(code).toBe(0);
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
      for (const selector of ['h1', 'h2', '.summary', 'th', 'td', 'details summary', '.pass', '.fail', '.undetermined', 'svg text', 'svg text.axis']) {
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
