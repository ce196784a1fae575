import type { Screenplay, ScreenplayElement, SourceRange } from '@reelkit/core/screenplay';

/** A problem in the Fountain source a writer would want to see, as data; the host turns it into a diagnostic. */
export interface ScriptProblem {
  /** Stable id, e.g. `fountain/duplicate-scene-number`. */
  readonly ruleId: string;
  readonly severity: 'warning' | 'information';
  readonly message: string;
  readonly range: SourceRange;
}

const speech = new Set(['dialogue', 'parenthetical', 'lyrics']);

/** Structural problems read off the model in one pass: repeated scene numbers, lone `^`, unclosed notes and boneyard. */
export function findScriptProblems(screenplay: Screenplay): ScriptProblem[] {
  const problems: ScriptProblem[] = [];
  const sceneNumbers = new Set<string>();
  let previous: ScreenplayElement | undefined;
  let lastCue: ScreenplayElement | undefined;
  for (const element of screenplay.elements) {
    if (element.kind === 'scene-heading' && element.sceneNumber !== undefined) {
      if (sceneNumbers.has(element.sceneNumber)) {
        problems.push(problem('fountain/duplicate-scene-number', 'warning', `Scene number ${element.sceneNumber} is used by an earlier scene too.`, element.range));
      }
      sceneNumbers.add(element.sceneNumber);
    } else if (element.kind === 'character') {
      const follows = previous !== undefined && (previous === lastCue || speech.has(previous.kind)) && lastCue?.dual === 'left';
      if (element.dual === 'right' && !follows) {
        problems.push(problem('fountain/dual-dialogue-without-partner', 'warning', `The ^ after ${element.name ?? 'this cue'} marks dual dialogue, but no speaker comes right before it.`, element.range));
      }
      lastCue = element;
    } else if (element.kind === 'action' || element.kind === 'centered') {
      if (element.text.includes('/*')) {
        problems.push(problem('fountain/unclosed-boneyard', 'warning', 'This /* is never closed with */, so the text after it prints.', element.range));
      } else if (element.text.includes('[[')) {
        problems.push(problem('fountain/unclosed-note', 'information', 'This [[ is not closed with ]] before a blank line, so it prints as text.', element.range));
      }
    }
    previous = element;
  }
  return problems;
}

function problem(ruleId: string, severity: ScriptProblem['severity'], message: string, range: SourceRange): ScriptProblem {
  return { ruleId, severity, message, range };
}
