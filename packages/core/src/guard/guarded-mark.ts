/**
 * Marks a model that went through a guard. Tasks take only marked models, so a bare model is a type error, and the
 * mark is a `Symbol.for` so it is the same symbol in every copy of the core that the plugins bundle.
 */
export const guardedMark: unique symbol = Symbol.for('reelkit.guarded');

/** Whether `value` is a model a guard made (for hosts that receive models from elsewhere). */
export function isGuarded(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [guardedMark]?: unknown })[guardedMark] === true;
}
