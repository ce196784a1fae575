import { createObjectSchema, type TextMessage } from '@reelkit/core/models';
import { applicableProgressions, renderEntry, type IndexedSection, type StoryEntry } from '@reelkit/core/story';
import type { StructuredPromptTemplate } from '@reelkit/core/tasks/prompts';
import { renderPrompt } from '@reelkit/core/tasks/writing';
import type { SceneNote } from '../bible/scene-note.js';

/** One contradiction the model reports, quoting the scene. */
export interface ContinuityContradiction {
  readonly quote: string;
  readonly entry: string;
  readonly explanation: string;
}

/** The model's answer. */
export interface ContinuityReport {
  readonly contradictions: readonly ContinuityContradiction[];
}

/** The structured answer the model must give (OpenAI strict-mode compatible). */
const continuityReportSchema = createObjectSchema<ContinuityReport>('continuity_report', {
  type: 'object',
  additionalProperties: false,
  required: ['contradictions'],
  properties: {
    contradictions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['quote', 'entry', 'explanation'],
        properties: { quote: { type: 'string' }, entry: { type: 'string' }, explanation: { type: 'string' } },
      },
    },
  },
});

/** The continuity check's prompt; its id and version are recorded in each scene's ledger. Bump the version with the wording. */
export const continuityPrompt: StructuredPromptTemplate<'entries' | 'title' | 'scene', ContinuityReport> = {
  id: 'story.continuity',
  version: '1',
  system:
    'You check a novel for continuity errors. Report only statements in the scene that contradict the story bible entries given (facts, physical traits, who is alive, what a character knows). Quote the contradicting words from the scene exactly. Report nothing for style, and nothing the entries do not settle. Answer with JSON.',
  user: 'Story bible entries:\n{{entries}}\n\nScene "{{title}}":\n{{scene}}',
  slots: ['entries', 'title', 'scene'],
  schema: continuityReportSchema,
};

/**
 * The continuity prompt for one scene: only the entries the scene mentions (never private or `never` ones), with the
 * progressions true by the scene's end, and the scene itself. The model must quote the scene verbatim.
 */
export function continuityMessages(scene: SceneNote, section: IndexedSection, entries: readonly StoryEntry[], sceneOrder: readonly string[]): TextMessage[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // In order of first mention, so the model reads the entries in the order the scene brings them in.
  const mentioned = [...new Set(section.mentions.map((mention) => mention.entryId))].flatMap((id) => byId.get(id) ?? []);
  const point = { sceneIndex: sceneOrder.indexOf(scene.id), offset: section.offset + section.length, sceneOrder };
  const blocks = mentioned.filter((entry) => entry.private !== true && entry.contextMode !== 'never').map((entry) => renderEntry(entry, applicableProgressions(entry, point)));
  return renderPrompt(continuityPrompt, { entries: blocks.join('\n\n'), title: scene.title, scene: scene.body.trim() });
}
