import { describe, expect, it } from 'vitest';
import type { SettingsReader } from '../settings-reader.js';
import { readFontLocation, readPdfExportSettings } from './pdf-export-settings.js';

const settingsOf = (values: Record<string, unknown>): SettingsReader => ({
  get: <T>(section: string, defaultValue: T): T => (section in values ? (values[section] as T) : defaultValue),
});

describe('readPdfExportSettings', () => {
  it('defaults to US Letter and no fallback font', () => {
    expect(readPdfExportSettings(settingsOf({}))).toEqual({ paper: 'letter', fallbackFont: undefined });
  });

  it('takes A4 in any case, and anything it does not know as US Letter', () => {
    expect(readPdfExportSettings(settingsOf({ 'pdf.paper': 'A4' })).paper).toBe('a4');
    expect(readPdfExportSettings(settingsOf({ 'pdf.paper': 'a4' })).paper).toBe('a4');
    expect(readPdfExportSettings(settingsOf({ 'pdf.paper': 'legal' })).paper).toBe('letter');
    expect(readPdfExportSettings(settingsOf({ 'pdf.paper': 4 })).paper).toBe('letter');
  });

  it('reads the fallback font', () => {
    expect(readPdfExportSettings(settingsOf({ 'pdf.fallbackFont': ' /usr/share/fonts/NotoSansCJK-Regular.ttc ' })).fallbackFont).toEqual({
      kind: 'absolute-path',
      path: '/usr/share/fonts/NotoSansCJK-Regular.ttc',
    });
  });
});

describe('readFontLocation', () => {
  it('tells URIs, absolute paths (POSIX, Windows, UNC) and workspace paths apart', () => {
    expect(readFontLocation('file:///C:/Windows/Fonts/msgothic.ttc')).toEqual({ kind: 'uri', uri: 'file:///C:/Windows/Fonts/msgothic.ttc' });
    expect(readFontLocation('vscode-vfs://github/me/script/fonts/ipaexg.ttf')).toEqual({ kind: 'uri', uri: 'vscode-vfs://github/me/script/fonts/ipaexg.ttf' });
    expect(readFontLocation('C:\\Windows\\Fonts\\msgothic.ttc')).toEqual({ kind: 'absolute-path', path: 'C:\\Windows\\Fonts\\msgothic.ttc' });
    expect(readFontLocation('d:/fonts/x.otf')).toEqual({ kind: 'absolute-path', path: 'd:/fonts/x.otf' });
    expect(readFontLocation('\\\\server\\fonts\\x.ttf')).toEqual({ kind: 'absolute-path', path: '\\\\server\\fonts\\x.ttf' });
    expect(readFontLocation('/Library/Fonts/Arial Unicode.ttf')).toEqual({ kind: 'absolute-path', path: '/Library/Fonts/Arial Unicode.ttf' });
    expect(readFontLocation('fonts/NotoSansJP-Regular.otf')).toEqual({ kind: 'workspace-path', path: 'fonts/NotoSansJP-Regular.otf' });
  });

  it('is none when empty or not a string', () => {
    expect(readFontLocation('')).toBeUndefined();
    expect(readFontLocation('   ')).toBeUndefined();
    expect(readFontLocation(undefined)).toBeUndefined();
    expect(readFontLocation(['/a.ttf'])).toBeUndefined();
  });
});
