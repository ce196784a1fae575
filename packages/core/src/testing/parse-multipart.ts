import type { RecordedForm, RecordedFormFile } from './recorded-request.js';

const headerEnd = Buffer.from('\r\n\r\n');

const parameter = (header: string, name: string): string | undefined => {
  const match = new RegExp(`(?:^|;)\\s*${name}=(?:"([^"]*)"|([^;]*))`, 'i').exec(header);
  return match ? (match[1] ?? match[2]?.trim()) : undefined;
};

/** The boundary of a `multipart/form-data` content type, or undefined for any other type. */
export function multipartBoundary(contentType: string): string | undefined {
  if (!/^multipart\/form-data\b/i.test(contentType.trim())) return undefined;
  return parameter(contentType, 'boundary');
}

const textTypes = /^(text\/|application\/(json|jsonl|x-ndjson)\b)/i;

/** A file part's summary; text files (a batch's JSONL) keep their content so the server can act on it. */
const fileSummary = (filename: string, contentType: string, content: Buffer): RecordedFormFile =>
  textTypes.test(contentType) || filename.endsWith('.jsonl')
    ? { filename, contentType, size: content.length, text: content.toString('utf8') }
    : { filename, contentType, size: content.length };

/**
 * Parses a `multipart/form-data` body into its fields; files are summarised, not kept. Written by hand because
 * the fake server may use only Node built-ins, and Node has no server-side multipart parser.
 */
export function parseMultipart(body: Buffer, boundary: string): RecordedForm {
  const delimiter = Buffer.from(`--${boundary}`);
  const form: Record<string, string | RecordedFormFile> = {};
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    // `--boundary--` closes the body.
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    // The part sits between the CRLF after the delimiter and the CRLF before the next one.
    const part = body.subarray(partStart + 2, next - 2);
    const split = part.indexOf(headerEnd);
    if (split !== -1) {
      const headers = part.subarray(0, split).toString('utf8').split('\r\n');
      const content = part.subarray(split + headerEnd.length);
      const header = (name: string): string =>
        headers.find((line) => line.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? '';
      const disposition = header('content-disposition');
      const name = parameter(disposition, 'name');
      const filename = parameter(disposition, 'filename');
      if (name !== undefined) {
        form[name] =
          filename === undefined
            ? content.toString('utf8')
            : fileSummary(filename, header('content-type') || 'application/octet-stream', content);
      }
    }
    start = next;
  }
  return form;
}
