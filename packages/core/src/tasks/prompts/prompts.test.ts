import { describe, expect, it } from 'vitest';
import type { PromptTemplate, StructuredPromptTemplate } from './prompt-template.js';
import * as prompts from './index.js';
import { maxOptionCount } from '../writing/option-count.js';

// The folder also exports a helper (promptParameters): the templates are its objects.
const templates: readonly (PromptTemplate | StructuredPromptTemplate<string, unknown>)[] = Object.values(prompts).filter((value) => typeof value === 'object');

/** Slot names a template text uses, found independently of the renderer. */
const slotsIn = (text: string): string[] => [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => match[1] ?? '');

/** Every object in a JSON schema, for OpenAI's strict-mode rules. */
function objectsIn(schema: unknown, path = '#'): { path: string; node: Record<string, unknown> }[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const own = node['type'] === 'object' ? [{ path, node }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, value]) => objectsIn(value, `${path}/${key}`))];
}

describe('writing prompt templates', () => {
  it('are eleven, with unique ids and a version each', () => {
    expect(templates.map((template) => template.id).sort()).toEqual([
      'writing.adapt-chapter',
      'writing.beat-outline',
      'writing.character-background',
      'writing.continue',
      'writing.dialogue',
      'writing.logline',
      'writing.plot-twists',
      'writing.reimagine-scene',
      'writing.rewrite',
      'writing.scene-description',
      'writing.story-ideas',
    ]);
    for (const template of templates) expect(template.version, template.id).toMatch(/^\d+$/);
  });

  it('use exactly the slots they declare', () => {
    for (const template of templates) {
      const used = new Set([...slotsIn(template.system), ...slotsIn(template.user)]);
      expect([...used].sort(), template.id).toEqual([...template.slots].sort());
    }
  });

  it('give structured prompts schemas OpenAI strict mode accepts: closed objects with every property required', () => {
    const structured = templates.filter((template): template is StructuredPromptTemplate<string, unknown> => 'schema' in template);
    expect(structured.map((template) => template.schema.name).sort()).toEqual(['beat_outline', 'character_background', 'logline_options', 'plot_twists', 'story_ideas']);
    for (const template of structured) {
      for (const { path, node } of objectsIn(template.schema.jsonSchema)) {
        expect(node['additionalProperties'], `${template.id} ${path}`).toBe(false);
        expect([...((node['required'] as string[] | undefined) ?? [])].sort(), `${template.id} ${path}`).toEqual(Object.keys(node['properties'] as object).sort());
      }
    }
  });
});

/** Every array in a JSON schema, with its path. */
function arraysIn(schema: unknown, path = '#'): { path: string; node: Record<string, unknown> }[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const own = node['type'] === 'array' ? [{ path, node }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, value]) => arraysIn(value, `${path}/${key}`))];
}

describe('structured prompt list sizes', () => {
  const structured = templates.filter((template): template is StructuredPromptTemplate<string, unknown> => 'schema' in template);

  it('bound every list, and ask for at least one item wherever the task needs some', () => {
    const bounds = structured.flatMap((template) =>
      arraysIn(template.schema.jsonSchema).map(({ path, node }) => `${template.schema.name} ${path} ${String(node['minItems'] ?? 0)}..${String(node['maxItems'])}`),
    );
    expect(bounds.sort()).toEqual([
      'beat_outline #/properties/acts 1..8',
      'beat_outline #/properties/acts/items/properties/beats 0..24',
      'beat_outline #/properties/acts/items/properties/beats/items/properties/scenes 1..6',
      'character_background #/properties/relationships 0..12',
      `logline_options #/properties/options 1..${maxOptionCount}`,
      `plot_twists #/properties/twists 1..${maxOptionCount}`,
      `story_ideas #/properties/ideas 1..${maxOptionCount}`,
    ]);
  });

  it('reject an answer with no options instead of passing an empty list to the writer', () => {
    expect(prompts.loglinePrompt.schema.validate({ options: [] })).toEqual([{ path: '/options', message: expect.stringContaining('0') }]);
    expect(prompts.storyIdeasPrompt.schema.validate({ ideas: [] })).toHaveLength(1);
    expect(prompts.plotTwistsPrompt.schema.validate({ twists: [] })).toHaveLength(1);
    expect(prompts.beatOutlinePrompt.schema.validate({ acts: [] })).toHaveLength(1);
  });
});
