import { digitalSourceTypes } from '../../provenance/provenance-vocabulary.js';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import type { Screenplay } from '../../screenplay/screenplay.js';
import type { ElementKind } from '../../screenplay/screenplay-element.js';
import { estimatePromptTokens } from '../../story/estimate-prompt-tokens.js';
import { rewritePrompt } from '../prompts/rewrite-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import type { FountainDraft } from './fountain-draft.js';
import type { FountainExpectation } from './fountain-problems.js';
import type { GroundingBudget } from './grounding-budget.js';
import { InvalidTaskInputError } from './invalid-task-input-error.js';
import { keepTailWithin } from './keep-tail-within.js';
import { requireText } from './require-text.js';
import { runFountainTask } from './run-fountain-task.js';
import { selectionForm, type SelectionForm } from './selection-form.js';
import type { TaskContext } from './task-context.js';

/** A selection of a script to rewrite in a tone. */
export interface RewriteInput {
  readonly script: string;
  readonly screenplay?: Screenplay;
  /** Offsets into `script`, `start` before `end`. */
  readonly selection: { readonly start: number; readonly end: number };
  /** e.g. `sardonic`, `warmer`, `punchier`. */
  readonly tone: string;
  readonly direction?: string;
  /** `contextTokens` bounds the script sent before the selection. */
  readonly budget?: GroundingBudget;
}

/** The rewritten selection, ready to replace it (its surrounding whitespace kept), and the form it had to keep. */
export interface RewriteDraft extends FountainDraft {
  readonly form: SelectionForm['kind'];
  readonly selection: { readonly start: number; readonly end: number };
}

const forms: Record<SelectionForm['kind'], string> = {
  dialogue: "the passage is dialogue, so answer with dialogue: each cue in capitals on its own line, the same characters, their lines and parentheticals under them.",
  'dialogue-lines': 'the passage is lines of dialogue under a cue that is not part of it, so answer with dialogue lines only (parentheticals allowed): no cue, no blank lines.',
  script: 'the passage is screenplay text, so keep its Fountain elements: action stays action, dialogue stays under its cue, no new scene headings.',
};
const everyKind: readonly ElementKind[] = ['scene-heading', 'action', 'character', 'dialogue', 'parenthetical', 'lyrics', 'transition', 'centered', 'section', 'synopsis', 'page-break'];

const expectationFor = (form: SelectionForm): FountainExpectation => {
  if (form.kind === 'dialogue') return { description: `dialogue for ${form.speakers.join(', ')}`, allowedKinds: ['character', 'dialogue', 'parenthetical', 'lyrics'], speakers: form.speakers };
  // A cue inside dialogue lines would print as a spoken line, so any cue is wrong here.
  if (form.kind === 'dialogue-lines') return { description: 'dialogue lines', allowedKinds: ['character', 'dialogue', 'parenthetical', 'lyrics'], speakers: [] };
  const allowed = form.kinds.includes('scene-heading') ? everyKind : everyKind.filter((kind) => kind !== 'scene-heading');
  return { description: 'the same kind of screenplay text', allowedKinds: allowed };
};

/**
 * Rewrites or punches up a selection in a tone, keeping its form: dialogue comes back as dialogue. The answer is
 * checked in place (spliced into the script and parsed), so a line that would end the dialogue block is caught;
 * a form mismatch adds a `task.invalid-fountain` finding and keeps the text. Recorded as an AI edit of the writer's text.
 */
export async function rewriteSelection(context: TaskContext, input: RewriteInput): Promise<GuardedResult<RewriteDraft>> {
  const { start, end } = input.selection;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > input.script.length || start >= end) {
    throw new InvalidTaskInputError('rewrite', `the selection ${start}–${end} is not a range of the script (0 to ${input.script.length}).`, 'Select some text first.');
  }
  const selected = input.script.slice(start, end);
  const screenplay = input.screenplay ?? parseFountain(input.script);
  const form = selectionForm(screenplay, start, end);
  const before = keepTailWithin(input.script.slice(0, start), input.budget?.contextTokens ?? 1200, input.budget?.countTokens ?? estimatePromptTokens);
  const leading = /^\s*/.exec(selected)?.[0] ?? '';
  const trailing = /\s*$/.exec(selected)?.[0] ?? '';
  const inPlace = (fountain: string) => {
    const spliced = parseFountain(input.script.slice(0, start) + fountain + input.script.slice(end));
    const placedEnd = start + fountain.length;
    const placed = spliced.elements.filter((element) => element.range.start.offset < placedEnd && element.range.end.offset > start);
    // Spliced under its cue a cue reads as a spoken line; parsed alone it shows for what it is.
    const cues = form.kind === 'dialogue-lines' ? parseFountain(fountain).elements.filter((element) => element.kind === 'character') : [];
    return [...placed, ...cues];
  };
  const result = await runFountainTask(context, {
    task: 'rewrite',
    template: rewritePrompt,
    slots: {
      selection: requireText('rewrite', 'selection', selected),
      form: forms[form.kind],
      tone: requireText('rewrite', 'tone', input.tone),
      direction: input.direction?.trim() || 'None.',
      context: before.text.trim() === '' ? '(the passage starts the script)' : before.text.trimEnd(),
    },
    settings: { tone: input.tone.trim(), form: form.kind },
    action: 'c2pa.edited',
    digitalSourceType: digitalSourceTypes.algorithmicallyEnhanced,
    expectation: expectationFor(form),
    shape: (fountain) => leading + fountain + trailing,
    elementsOf: inPlace,
  });
  return { ...result, output: { ...result.output, form: form.kind, selection: { start, end } } };
}
