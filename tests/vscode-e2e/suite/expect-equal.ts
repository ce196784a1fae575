/** Throws with both values shown when `actual` and `expected` differ as JSON (the web host has no `node:assert`). */
export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  const actualJson = JSON.stringify(actual);
  const expectedJson = JSON.stringify(expected);
  if (actualJson !== expectedJson) throw new Error(`${what}\n  expected ${expectedJson}\n  actual   ${actualJson}`);
}
