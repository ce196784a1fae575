/** Escapes plain text for a WebVTT cue payload: `&`, `<` and `>` (so `-->` can never appear in a cue). */
export function escapeWebVttText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
