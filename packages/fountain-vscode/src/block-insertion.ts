import type { ProposedEdit } from './proposed-edit.js';

/**
 * Inserts a block of Fountain (dialogue, a note) after the line holding the cursor, with a blank line on each side so
 * it parses as its own elements; uses the script's line endings.
 */
export function blockInsertion(script: string, cursor: number, block: string): ProposedEdit {
  const newline = script.includes('\r\n') ? '\r\n' : '\n';
  const lineEnd = script.indexOf('\n', Math.min(Math.max(cursor, 0), script.length));
  const at = lineEnd === -1 ? script.length : script[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const lineStart = script.lastIndexOf('\n', at - 1) + 1;
  const lineIsBlank = script.slice(lineStart, at).trim() === '';
  const rest = script.slice(at);
  const before = at === 0 ? '' : lineIsBlank ? newline : newline + newline;
  const after = rest === '' ? newline : rest.trim() === '' || rest.startsWith(newline + newline) ? '' : newline;
  return { start: at, end: at, text: before + block.trim().replace(/\r?\n/gu, newline) + after };
}
