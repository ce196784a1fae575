import { describe, expect, it } from 'vitest';
import { readPdfWorkerReply, readPdfWorkerRequest } from './pdf-worker-protocol.js';

const bytes = new Uint8Array([37, 80, 68, 70]);

describe('readPdfWorkerRequest', () => {
  it('reads an export request, a font and a font that could not be read', () => {
    const fonts = [{ name: 'Courier Prime Regular', style: 'regular' }, { name: 'NotoSansCJK.ttc', style: 'any', postscriptName: 'NotoSansCJKjp-Regular' }];
    expect(readPdfWorkerRequest({ type: 'export', text: 'INT. A', paper: 'a4', fonts })).toEqual({ type: 'export', text: 'INT. A', paper: 'a4', fonts });
    expect(readPdfWorkerRequest({ type: 'font', index: 3, bytes })).toEqual({ type: 'font', index: 3, bytes });
    expect(readPdfWorkerRequest({ type: 'font-unreadable', index: 0, message: 'FileNotFound' })).toEqual({ type: 'font-unreadable', index: 0, message: 'FileNotFound' });
  });

  it('ignores anything else', () => {
    for (const message of [
      null,
      'export',
      { type: 'export', text: 'INT. A', paper: 'legal', fonts: [] },
      { type: 'export', text: 'INT. A', paper: 'letter', fonts: [{ name: 'X', style: 'heavy' }] },
      { type: 'export', paper: 'letter', fonts: [] },
      { type: 'font', index: -1, bytes },
      { type: 'font', index: 1, bytes: [1, 2] },
      { type: 'font-unreadable', index: 1.5, message: 'x' },
      { type: 'done', bytes },
    ]) {
      expect(readPdfWorkerRequest(message)).toBeUndefined();
    }
  });
});

describe('readPdfWorkerReply', () => {
  it('reads a font request, progress, a finished PDF and a failure', () => {
    const finding = { ruleId: 'pdf.missing-glyph', category: 'format', severity: 'warning', message: 'No font…' };
    expect(readPdfWorkerReply({ type: 'read-font', index: 2 })).toEqual({ type: 'read-font', index: 2 });
    expect(readPdfWorkerReply({ type: 'progress', done: 3, total: 9 })).toEqual({ type: 'progress', done: 3, total: 9 });
    expect(readPdfWorkerReply({ type: 'done', bytes, pageCount: 2, titlePageCount: 1, findings: [finding] })).toEqual({ type: 'done', bytes, pageCount: 2, titlePageCount: 1, findings: [finding] });
    expect(readPdfWorkerReply({ type: 'failed', name: 'PdfFontError', message: 'x is not a font.', code: 'invalid_argument' })).toEqual({ type: 'failed', name: 'PdfFontError', message: 'x is not a font.', code: 'invalid_argument' });
    expect(readPdfWorkerReply({ type: 'failed', name: 'TypeError', message: 'boom', code: 7 })).toEqual({ type: 'failed', name: 'TypeError', message: 'boom' });
  });

  it('ignores anything else', () => {
    for (const message of [
      undefined,
      { type: 'read-font' },
      { type: 'progress', done: 1 },
      { type: 'done', bytes: 'JVBERi0=', pageCount: 1, titlePageCount: 0, findings: [] },
      { type: 'done', bytes, pageCount: 1, titlePageCount: 0 },
      { type: 'failed', message: 'no name' },
      { type: 'export', text: '', paper: 'letter', fonts: [] },
    ]) {
      expect(readPdfWorkerReply(message)).toBeUndefined();
    }
  });
});
