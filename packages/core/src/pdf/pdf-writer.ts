const encoder = new TextEncoder();

/** zlib deflate, as a `/FlateDecode` stream holds it: `deflate.ts` by default, a faster native one where a host has it. */
export type Deflate = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/**
 * Collects numbered PDF objects and writes the file: header, objects, cross-reference table, trailer. Object
 * numbers are allocated first and filled later, so a page can name a font before the font is written.
 */
export class PdfWriter {
  private readonly objects: (Uint8Array[] | undefined)[] = [undefined];

  constructor(private readonly deflate: Deflate) {}

  /** A new object number. */
  allocate(): number {
    this.objects.push(undefined);
    return this.objects.length - 1;
  }

  /** Sets an object's body: a dictionary, array or other direct object, as PDF syntax (ASCII). */
  put(ref: number, body: string): void {
    this.objects[ref] = [encoder.encode(`${ref} 0 obj\n${body}\nendobj\n`)];
  }

  /** Sets an object to a stream of `data`, deflated; `entries` are extra dictionary entries. */
  async putStream(ref: number, entries: string, data: Uint8Array): Promise<void> {
    const compressed = await this.deflate(data);
    const dictionary = `<< /Length ${compressed.length} /Filter /FlateDecode${entries === '' ? '' : ` ${entries}`} >>`;
    this.objects[ref] = [encoder.encode(`${ref} 0 obj\n${dictionary}\nstream\n`), compressed, encoder.encode('\nendstream\nendobj\n')];
  }

  /** The whole file, with `root` as the catalog and `info` as the document information dictionary. */
  finish(root: number, info: number): Uint8Array {
    // The binary comment marks the file as binary for tools that guess (ISO 32000-1 §7.5.2).
    const parts: Uint8Array[] = [encoder.encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n')];
    let offset = parts[0]?.length ?? 0;
    const offsets: number[] = [];
    this.objects.forEach((chunks, ref) => {
      if (ref === 0) return;
      if (chunks === undefined) throw new Error(`PDF object ${ref} was allocated but never written.`);
      offsets[ref] = offset;
      for (const chunk of chunks) {
        parts.push(chunk);
        offset += chunk.length;
      }
    });
    const xref = [`xref\n0 ${this.objects.length}\n0000000000 65535 f \n`];
    for (let ref = 1; ref < this.objects.length; ref += 1) xref.push(`${String(offsets[ref]).padStart(10, '0')} 00000 n \n`);
    xref.push(`trailer\n<< /Size ${this.objects.length} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${offset}\n%%EOF\n`);
    parts.push(encoder.encode(xref.join('')));
    const file = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
    let position = 0;
    for (const part of parts) {
      file.set(part, position);
      position += part.length;
    }
    return file;
  }
}
