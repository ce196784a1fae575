import type { TextMessage } from '../../models/text-model.js';
import type { PromptTemplate } from '../prompts/prompt-template.js';
import { PromptTemplateError } from './prompt-template-error.js';

const slotName = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Fills `{{slot}}` placeholders in one pass: values are inserted verbatim and never re-scanned, so a writer's text
 * that happens to contain `{{` stays as written. Throws PromptTemplateError for a missing slot or a malformed
 * placeholder rather than sending a prompt with a hole in it.
 */
export function renderTemplateText(templateId: string, text: string, slots: Readonly<Record<string, string>>): string {
  let rendered = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open === -1) return rendered + text.slice(at);
    const close = text.indexOf('}}', open + 2);
    if (close === -1) throw new PromptTemplateError(templateId, `a "{{" at offset ${open} is never closed.`);
    const name = text.slice(open + 2, close).trim();
    if (!slotName.test(name)) throw new PromptTemplateError(templateId, `"${text.slice(open, close + 2)}" is not a slot name.`);
    const value = Object.hasOwn(slots, name) ? slots[name] : undefined;
    if (value === undefined) throw new PromptTemplateError(templateId, `the slot "${name}" has no value.`, name);
    rendered += text.slice(at, open) + value;
    at = close + 2;
  }
}

/** The system and user messages of a template with its slots filled. */
export function renderPrompt<Slot extends string>(template: PromptTemplate<Slot>, slots: Readonly<Record<Slot, string>>): TextMessage[] {
  return [
    { role: 'system', content: renderTemplateText(template.id, template.system, slots) },
    { role: 'user', content: renderTemplateText(template.id, template.user, slots) },
  ];
}
