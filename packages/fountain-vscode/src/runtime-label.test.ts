import { describe, expect, it } from 'vitest';
import { formatRuntimeLabel } from './runtime-label.js';

describe('formatRuntimeLabel', () => {
  it('shows hours past the hour and explains the estimate in the tooltip', () => {
    const label = formatRuntimeLabel({ pages: 110, runtimeMinutes: 109, scenes: 96, speakingCharacters: 1, lengthMethod: '110 US Letter pages as Final Draft sets them, 54 lines a page' });
    expect(label).toEqual({
      text: '$(clock) ~1 h 49 min',
      tooltip: 'Estimated runtime 1 h 49 min at one page a minute: 110 US Letter pages as Final Draft sets them, 54 lines a page; 96 scenes, 1 speaking character.',
    });
  });

  it('shows minutes alone under an hour', () => {
    expect(formatRuntimeLabel({ pages: 2, runtimeMinutes: 2, scenes: 1, speakingCharacters: 1, lengthMethod: '' }).text).toBe('$(clock) ~2 min');
  });
});
