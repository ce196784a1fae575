import { describe, expect, it } from 'vitest';
import type { PromptTemplate } from '../prompts/prompt-template.js';
import { PromptTemplateError } from './prompt-template-error.js';
import { renderPrompt, renderTemplateText } from './render-prompt.js';

const greeting: PromptTemplate<'name' | 'place'> = { id: 'test.greeting', version: '1', system: 'Speak as {{ place }}.', user: 'Greet {{name}} in {{place}}.', slots: ['name', 'place'] };

describe('renderPrompt', () => {
  it('fills every slot in the system and user text', () => {
    expect(renderPrompt(greeting, { name: 'MAYA', place: 'the lighthouse' })).toEqual([
      { role: 'system', content: 'Speak as the lighthouse.' },
      { role: 'user', content: 'Greet MAYA in the lighthouse.' },
    ]);
  });

  it('inserts values verbatim, never expanding braces a writer typed', () => {
    expect(renderTemplateText('t', 'Say {{line}}', { line: 'the {{secret}} word $& $1' })).toBe('Say the {{secret}} word $& $1');
  });

  it('throws a typed error naming the missing slot', () => {
    const render = () => renderPrompt(greeting, { name: 'MAYA' } as never);
    expect(render).toThrow(PromptTemplateError);
    expect(render).toThrow('The prompt template "test.greeting" cannot be rendered: the slot "place" has no value. Pass a value for the slot "place".');
    try {
      render();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_argument', templateId: 'test.greeting', slot: 'place' });
    }
  });

  it('refuses a malformed placeholder instead of sending "{{" to the model', () => {
    expect(() => renderTemplateText('t', 'Hello {{name', { name: 'x' })).toThrow('The prompt template "t" cannot be rendered: a "{{" at offset 6 is never closed.');
    expect(() => renderTemplateText('t', 'Hello {{two words}}', {})).toThrow('"{{two words}}" is not a slot name.');
  });

  it('does not take slot values from the prototype', () => {
    expect(() => renderTemplateText('t', '{{toString}}', {})).toThrow('the slot "toString" has no value');
  });
});
