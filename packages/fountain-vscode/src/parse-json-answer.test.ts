import { describe, expect, it } from 'vitest';
import { parseJsonAnswer } from './parse-json-answer.js';

describe('parseJsonAnswer', () => {
  it('reads bare JSON', () => {
    expect(parseJsonAnswer(' {"ideas":["a"]} ')).toEqual({ value: { ideas: ['a'] } });
  });

  it('reads JSON inside a fenced block', () => {
    expect(parseJsonAnswer('Here you go:\n```json\n[1, 2]\n```\nEnjoy.')).toEqual({ value: [1, 2] });
  });

  it('reads the outermost object inside a sentence', () => {
    expect(parseJsonAnswer('Sure! {"a": {"b": 1}} Hope that helps.')).toEqual({ value: { a: { b: 1 } } });
  });

  it('gives up on prose', () => {
    expect(parseJsonAnswer('I cannot help with that.')).toBeUndefined();
  });
});
