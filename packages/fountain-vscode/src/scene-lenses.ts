import type { Screenplay } from '@reelkit/core/screenplay';

/** An action offered above a scene heading: where it sits, and the offset its command works at. */
export interface SceneLens {
  /** 0-based line of the scene heading. */
  readonly line: number;
  readonly command: 'reelkit.continueScene' | 'reelkit.writeDialogue';
  readonly title: string;
  /** The end of the scene: continuations and dialogue go there. */
  readonly cursor: number;
}

/** The lenses above every scene heading: Continue scene, and Dialogue… when the scene has speakers to write for. */
export function sceneLenses(screenplay: Screenplay): SceneLens[] {
  return screenplay.scenes.flatMap((scene) => {
    const line = scene.range.start.line;
    const cursor = scene.range.end.offset;
    const continuation: SceneLens = { line, command: 'reelkit.continueScene', title: 'Continue scene', cursor };
    return scene.characters.length === 0 ? [continuation] : [continuation, { line, command: 'reelkit.writeDialogue', title: 'Dialogue…', cursor }];
  });
}
