import { partitionPoint } from '../text/partition-point.js';

/** Pieces at most this long merge with a neighbour, so typing in one place keeps the piece count flat. */
const mergeLength = 4096;
/** Past this many pieces an edit flattens the text: one copy now and then instead of a slow walk every time. */
const maxPieces = 64;

/**
 * Immutable text kept as pieces, so an edit costs the pieces it touches rather than a copy of the whole
 * script (a 150 KB copy per keystroke is most of a keystroke's budget). Pieces are slices of earlier
 * strings, which V8 shares rather than copies. `toString` joins them once and remembers the result.
 */
export class TextBuffer {
  readonly length: number;
  private readonly starts: number[];
  private flat: string | undefined;

  private constructor(private readonly pieces: readonly string[]) {
    this.starts = new Array<number>(pieces.length);
    let length = 0;
    for (let index = 0; index < pieces.length; index += 1) {
      this.starts[index] = length;
      length += (pieces[index] ?? '').length;
    }
    this.length = length;
    this.flat = pieces.length === 1 ? pieces[0] : pieces.length === 0 ? '' : undefined;
  }

  /** A buffer holding `text`. */
  static of(text: string): TextBuffer {
    return new TextBuffer([text]);
  }

  /** The whole text as one string. */
  toString(): string {
    this.flat ??= this.pieces.join('');
    return this.flat;
  }

  /** The text between two offsets, clamped to the buffer. */
  slice(from: number, to: number): string {
    const start = Math.max(0, from);
    const end = Math.min(this.length, to);
    if (end <= start) return '';
    if (this.flat !== undefined) return this.flat.slice(start, end);
    let piece = this.pieceAt(start);
    const first = this.pieces[piece] ?? '';
    const firstStart = this.starts[piece] ?? 0;
    if (end <= firstStart + first.length) return first.slice(start - firstStart, end - firstStart);
    const out: string[] = [first.slice(start - firstStart)];
    for (piece += 1; piece < this.pieces.length; piece += 1) {
      const pieceStart = this.starts[piece] ?? 0;
      if (pieceStart >= end) break;
      out.push((this.pieces[piece] ?? '').slice(0, end - pieceStart));
    }
    return out.join('');
  }

  /** A new buffer with `length` code units at `offset` replaced by `text`; this one is unchanged. */
  edit(offset: number, length: number, text: string): TextBuffer {
    const end = offset + length;
    const pieces: string[] = [];
    const add = (piece: string): void => {
      if (piece === '') return;
      const last = pieces[pieces.length - 1];
      if (last !== undefined && last.length + piece.length <= mergeLength) pieces[pieces.length - 1] = last + piece;
      else pieces.push(piece);
    };
    for (let index = 0; index < this.pieces.length; index += 1) {
      const pieceStart = this.starts[index] ?? 0;
      if (pieceStart < offset) add((this.pieces[index] ?? '').slice(0, offset - pieceStart));
    }
    add(text);
    for (let index = 0; index < this.pieces.length; index += 1) {
      const piece = this.pieces[index] ?? '';
      const pieceStart = this.starts[index] ?? 0;
      if (pieceStart + piece.length > end) add(piece.slice(Math.max(0, end - pieceStart)));
    }
    return pieces.length > maxPieces ? new TextBuffer([pieces.join('')]) : new TextBuffer(pieces);
  }

  /** The piece holding `offset`: the last one starting at or before it. */
  private pieceAt(offset: number): number {
    return Math.max(0, partitionPoint(this.pieces.length, (piece) => (this.starts[piece] ?? 0) <= offset) - 1);
  }
}
