import { messageText, type TextMessage } from '@reelkit/core/models';
import { assembleContext, estimatePromptTokens, type ContextPreview, type MentionIndex, type StoryEntry } from '@reelkit/core/story';
import { renderPrompt } from '@reelkit/core/tasks/writing';
import type { SceneNote } from '../bible/scene-note.js';
import { selectedPassage } from './story-prompts.js';
import type { StoryTask } from './story-tasks.js';
import { createSuggestionTarget, type SuggestionTarget } from './suggestion-target.js';

/** What a generation command needs to know. */
export interface GenerationInput {
  readonly task: StoryTask;
  readonly entries: readonly StoryEntry[];
  readonly index: MentionIndex;
  readonly scene: SceneNote;
  /** The whole note, as in the editor. */
  readonly noteText: string;
  /** Selection (or cursor, from = to) as offsets in the note. */
  readonly from: number;
  readonly to: number;
  readonly budgetTokens: number;
  /** Entries pinned for this request; defaults to the scene's `pin` frontmatter. */
  readonly pinned?: readonly string[];
  readonly model: { readonly provider: string; readonly modelId: string };
}

/** A request ready to send, with the preview the writer approves first. */
export interface GenerationPlan {
  readonly task: StoryTask;
  /** Exactly what will be sent: the task's prompt (`task.prompt`, recorded by id and version) filled in. */
  readonly messages: readonly TextMessage[];
  /** The story-bible part: what is included and why, what was cut or skipped, tokens and cost of the whole prompt. */
  readonly context: ContextPreview;
  readonly target: SuggestionTarget;
}

/** How much of the scene before the cursor is sent; older text is summarised by the bible, not repeated. */
export const sceneCharactersSent = 6000;

/**
 * Plans a generation: assembles the story-bible context at the cursor (entries mentioned so far, pinned, always,
 * linked; within the budget) and builds the messages around it. Pure: nothing is sent.
 */
export function planGeneration(input: GenerationInput): GenerationPlan {
  const { task, scene, noteText } = input;
  const bodyFrom = Math.max(0, input.from - scene.bodyOffset);
  const bodyTo = Math.max(bodyFrom, input.to - scene.bodyOffset);
  const before = scene.body.slice(Math.max(0, bodyFrom - sceneCharactersSent), bodyFrom);
  const selected = scene.body.slice(bodyFrom, bodyTo);
  // A prompt note has the writer's variables: the raw selection, the scene, the entries (see `NotePromptSlot`).
  const draft = (context: string): TextMessage[] =>
    task.source === 'note'
      ? renderPrompt(task.prompt, { entries: context || '(nothing relevant)', title: scene.title, scene: before.trimEnd(), selection: selected })
      : renderPrompt(task.prompt, {
          context: context || '(nothing relevant)',
          title: scene.title,
          position: selected === '' ? 'cursor' : 'selection',
          before: before.trimEnd(),
          selection: selectedPassage(selected),
        });
  const promptTokens = draft('').reduce((sum, message) => sum + estimatePromptTokens(messageText(message)), 0);
  const context = assembleContext({
    entries: input.entries,
    index: input.index,
    cursor: { sectionId: scene.id, offset: bodyTo },
    budgetTokens: input.budgetTokens,
    pinned: input.pinned ?? scene.pinned,
    model: { ...input.model, promptTokens, expectedOutputTokens: task.expectedOutputTokens },
  });
  return { task, messages: draft(context.text), context, target: createSuggestionTarget(scene.path, noteText, input.from, input.to) };
}
