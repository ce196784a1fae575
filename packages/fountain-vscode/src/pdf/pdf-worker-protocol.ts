import type { Finding } from '@reelkit/core/findings';
import type { PaperName } from '@reelkit/core/pagination';
import type { PdfFontStyle } from '@reelkit/core/pdf';

/** A font the worker may draw with, named by its place in the request: its bytes stay with the extension until a character needs them. */
export interface PdfFontDescriptor {
  readonly name: string;
  readonly style: PdfFontStyle | 'any';
  readonly postscriptName?: string;
}

/** Extension to worker: export this script; here are the bytes of font `index`; or font `index` could not be read. */
export type PdfWorkerRequest =
  | { readonly type: 'export'; readonly text: string; readonly paper: PaperName; readonly fonts: readonly PdfFontDescriptor[] }
  | { readonly type: 'font'; readonly index: number; readonly bytes: Uint8Array }
  | { readonly type: 'font-unreadable'; readonly index: number; readonly message: string };

/** Worker to extension: send font `index`; a sheet was drawn; the PDF is done; the export failed. */
export type PdfWorkerReply =
  | { readonly type: 'read-font'; readonly index: number }
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly bytes: Uint8Array; readonly pageCount: number; readonly titlePageCount: number; readonly findings: readonly Finding[] }
  | { readonly type: 'failed'; readonly name: string; readonly message: string; readonly code?: string };

/** The part of a `Worker`, a `MessagePort` or a worker's global scope the protocol uses. */
export interface PdfMessagePort {
  postMessage(message: PdfWorkerRequest | PdfWorkerReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const fontStyles: ReadonlySet<unknown> = new Set<PdfFontDescriptor['style']>(['regular', 'bold', 'italic', 'bold-italic', 'any']);
const isFontDescriptor = (value: unknown): value is PdfFontDescriptor =>
  isFields(value) && typeof value['name'] === 'string' && fontStyles.has(value['style']) && (value['postscriptName'] === undefined || typeof value['postscriptName'] === 'string');

/** Narrows what the extension posted to a request the worker understands; anything else is ignored. */
export function readPdfWorkerRequest(message: unknown): PdfWorkerRequest | undefined {
  if (!isFields(message)) return undefined;
  const { type, index } = message;
  if (type === 'export') {
    const { text, paper, fonts } = message;
    if (typeof text !== 'string' || (paper !== 'letter' && paper !== 'a4') || !Array.isArray(fonts) || !fonts.every(isFontDescriptor)) return undefined;
    return { type, text, paper, fonts };
  }
  if (type === 'font' && isCount(index) && message['bytes'] instanceof Uint8Array) return { type, index, bytes: message['bytes'] };
  if (type === 'font-unreadable' && isCount(index) && typeof message['message'] === 'string') return { type, index, message: message['message'] };
  return undefined;
}

/** Narrows what the worker posted to a reply the extension understands; anything else is ignored. */
export function readPdfWorkerReply(message: unknown): PdfWorkerReply | undefined {
  if (!isFields(message)) return undefined;
  const { type } = message;
  if (type === 'read-font' && isCount(message['index'])) return { type, index: message['index'] };
  if (type === 'progress' && isCount(message['done']) && isCount(message['total'])) return { type, done: message['done'], total: message['total'] };
  if (type === 'done') {
    const { bytes, pageCount, titlePageCount, findings } = message;
    if (!(bytes instanceof Uint8Array) || !isCount(pageCount) || !isCount(titlePageCount) || !Array.isArray(findings)) return undefined;
    return { type, bytes, pageCount, titlePageCount, findings: findings as Finding[] };
  }
  if (type === 'failed' && typeof message['name'] === 'string' && typeof message['message'] === 'string') {
    const { code } = message;
    return { type, name: message['name'], message: message['message'], ...(typeof code === 'string' ? { code } : {}) };
  }
  return undefined;
}
