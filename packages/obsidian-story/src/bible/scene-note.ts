import { parseFrontmatter } from '@reelkit/core/story';
import { noteIdOf } from './note-id.js';

/** A manuscript note read for ordering, mentions and continuity. */
export interface SceneNote {
  /** The file name without `.md`; progressions and `died` refer to it. */
  readonly id: string;
  readonly path: string;
  readonly title: string;
  /** The text after the frontmatter: what the mention index sees. */
  readonly body: string;
  /** Offset of `body` in the note, so positions map back to the editor. */
  readonly bodyOffset: number;
  /** `sequence` frontmatter: story order when there is no Longform order. */
  readonly sequence?: number;
  /** `story-date` frontmatter (ISO `YYYY-MM-DD`). */
  readonly storyDate?: string;
  /** `flashback: true` exempts the scene from the date-order rule. */
  readonly flashback: boolean;
  /** `pin` frontmatter: ids of entries always sent with requests from this scene (how `manual` entries get in). */
  readonly pinned: readonly string[];
  /** `longform-order` frontmatter, on the Longform-style index note. */
  readonly longformOrder?: readonly string[];
}

/** Reads a manuscript note; never throws on malformed frontmatter. */
export function readSceneNote(path: string, text: string): SceneNote {
  const { data, body } = parseFrontmatter(text);
  const id = noteIdOf(path);
  const sequence = Number(data['sequence']);
  const storyDate = data['story-date'];
  const order = data['longform-order'];
  const pin = data['pin'];
  return {
    id,
    path,
    title: typeof data['title'] === 'string' ? data['title'] : id,
    body,
    bodyOffset: text.length - body.length,
    ...(typeof data['sequence'] === 'string' && Number.isFinite(sequence) ? { sequence } : {}),
    ...(typeof storyDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(storyDate) ? { storyDate: storyDate.slice(0, 10) } : {}),
    flashback: data['flashback'] === true,
    pinned: Array.isArray(pin) ? [...(pin as readonly string[])] : typeof pin === 'string' && pin !== '' ? [pin] : [],
    ...(Array.isArray(order) ? { longformOrder: [...(order as readonly string[])] } : {}),
  };
}
