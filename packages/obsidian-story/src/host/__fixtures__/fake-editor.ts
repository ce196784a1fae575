// A fake of our own EditorPort: one string and a cursor; positions follow Obsidian's { line, ch }.
import type { EditorPosition, EditorRange } from 'obsidian';
import type { EditorPort } from '../editor-port.js';

/** An editor over a string. */
export class FakeEditor implements EditorPort {
  constructor(
    private value: string,
    private cursor: EditorPosition = { line: 0, ch: 0 },
    private selection: EditorRange | undefined = undefined,
  ) {}
  getValue(): string {
    return this.value;
  }
  getLine(line: number): string {
    return this.value.split('\n')[line] ?? '';
  }
  getCursor(which?: 'from' | 'to' | 'head' | 'anchor'): EditorPosition {
    if (this.selection === undefined) return this.cursor;
    return which === 'from' || which === 'anchor' ? this.selection.from : this.selection.to;
  }
  getSelection(): string {
    return this.selection === undefined ? '' : this.value.slice(this.posToOffset(this.selection.from), this.posToOffset(this.selection.to));
  }
  posToOffset(position: EditorPosition): number {
    const lines = this.value.split('\n');
    let offset = 0;
    for (let line = 0; line < position.line; line += 1) offset += (lines[line]?.length ?? 0) + 1;
    return offset + position.ch;
  }
  offsetToPos(offset: number): EditorPosition {
    const before = this.value.slice(0, offset).split('\n');
    return { line: before.length - 1, ch: before[before.length - 1]?.length ?? 0 };
  }
  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, _origin?: string): void {
    const start = this.posToOffset(from);
    const end = to === undefined ? start : this.posToOffset(to);
    this.value = this.value.slice(0, start) + replacement + this.value.slice(end);
    this.selection = undefined;
  }
}
