/** The JSON value in a model's answer, code fences and chatter around it removed; `undefined` when none parses. */
export function parseJsonAnswer(answer: string): { readonly value: unknown } | undefined {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/u.exec(answer)?.[1];
  const candidates = [fenced, answer.trim(), outermost(answer, '{', '}'), outermost(answer, '[', ']')];
  for (const candidate of candidates) {
    if (candidate === undefined || candidate.trim() === '') continue;
    try {
      return { value: JSON.parse(candidate) as unknown };
    } catch {
      // Not this one; models often wrap the JSON in a sentence, so try the next reading.
    }
  }
  return undefined;
}

function outermost(text: string, open: string, close: string): string | undefined {
  const start = text.indexOf(open);
  const end = text.lastIndexOf(close);
  return start === -1 || end <= start ? undefined : text.slice(start, end + 1);
}
