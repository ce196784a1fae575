import { describe, expect, it } from 'vitest';
import { createJsonSchemaInstance } from './json-schema-instance.js';

describe('createJsonSchemaInstance', () => {
  it('fills every property with the minimal value of its type', () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        count: { type: 'integer' },
        ratio: { type: 'number' },
        done: { type: 'boolean' },
        tags: { type: 'array', items: { type: 'string' } },
        tone: { enum: ['dark', 'light'] },
        kind: { const: 'scene' },
        note: { type: ['null', 'string'] },
        nested: { type: 'object', properties: { deep: { type: 'array', items: { type: 'number' } } } },
      },
    };

    expect(createJsonSchemaInstance(schema)).toEqual({
      name: 'text',
      count: 1,
      ratio: 1,
      done: true,
      tags: ['text'],
      tone: 'dark',
      kind: 'scene',
      note: 'text',
      nested: { deep: [1] },
    });
  });

  it('follows local $refs and takes the first branch of a union', () => {
    const schema = {
      type: 'object',
      properties: { beat: { $ref: '#/$defs/beat' }, either: { anyOf: [{ type: 'integer' }, { type: 'string' }] } },
      $defs: { beat: { type: 'object', properties: { line: { type: 'string' } } } },
    };

    expect(createJsonSchemaInstance(schema)).toEqual({ beat: { line: 'text' }, either: 1 });
  });

  it('stops at recursive schemas instead of looping', () => {
    const schema = { $ref: '#/$defs/node', $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } } } } };

    const instance = createJsonSchemaInstance(schema);

    expect(JSON.stringify(instance).length).toBeGreaterThan(0);
    expect(instance).toMatchObject({ child: { child: {} } });
  });
});
