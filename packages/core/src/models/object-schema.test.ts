import { describe, expect, it } from 'vitest';
import { createObjectSchema } from './object-schema.js';

const logline = createObjectSchema<{ logline: string; genre: 'drama' | 'comedy'; beats: string[] }>('logline', {
  type: 'object',
  properties: {
    logline: { type: 'string', minLength: 10 },
    genre: { enum: ['drama', 'comedy'] },
    beats: { type: 'array', items: { type: 'string' } },
  },
  required: ['logline', 'genre', 'beats'],
  additionalProperties: false,
});

describe('createObjectSchema', () => {
  it('accepts a matching value', () => {
    expect(logline.validate({ logline: 'A widow rebuilds a lighthouse.', genre: 'drama', beats: ['storm'] })).toEqual([]);
  });

  it('names each leaf that fails, by JSON pointer', () => {
    const issues = logline.validate({ logline: 'short', genre: 'horror', beats: ['ok', 3] });
    expect(issues.map((issue) => issue.path).sort()).toEqual(['/beats/1', '/genre', '/logline']);
  });

  it('reports a missing property at the object', () => {
    const issues = logline.validate({ logline: 'A widow rebuilds a lighthouse.', genre: 'drama' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('');
    expect(issues[0]?.message).toContain('beats');
  });
});
