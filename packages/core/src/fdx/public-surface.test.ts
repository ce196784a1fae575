import { describe, expect, it } from 'vitest';
import * as fdx from './index.js';

// The subpath @reelkit/core/fdx: what a plugin may import from it. A change here is a change of the public API.
describe('fdx public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(fdx).sort()).toEqual(['FdxImportError', 'readFdx', 'writeFdx']);
  });
});
