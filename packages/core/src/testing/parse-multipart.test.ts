import { describe, expect, it } from 'vitest';
import { multipartBoundary, parseMultipart } from './parse-multipart.js';

describe('parseMultipart', () => {
  it('reads the boundary of a multipart content type only', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc123')).toBe('abc123');
    expect(multipartBoundary('multipart/form-data; boundary="quoted value"')).toBe('quoted value');
    expect(multipartBoundary('application/json')).toBeUndefined();
  });

  it('parses the body the platform FormData encodes: fields and a summarised file', async () => {
    const form = new FormData();
    form.append('model', 'whisper-1');
    form.append('file', new File([new Uint8Array(300)], 'take 2.wav', { type: 'audio/wav' }));
    form.append('response_format', 'verbose_json');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const boundary = multipartBoundary(request.headers.get('content-type') ?? '');

    const fields = parseMultipart(Buffer.from(await request.arrayBuffer()), boundary ?? '');

    expect(fields).toEqual({
      model: 'whisper-1',
      file: { filename: 'take 2.wav', contentType: 'audio/wav', size: 300 },
      response_format: 'verbose_json',
    });
  });

  it('keeps CRLFs inside a field and ignores a preamble', () => {
    const body = Buffer.from('preamble\r\n--b\r\nContent-Disposition: form-data; name="text"\r\n\r\nline 1\r\nline 2\r\n--b--\r\n');

    expect(parseMultipart(body, 'b')).toEqual({ text: 'line 1\r\nline 2' });
  });
});
