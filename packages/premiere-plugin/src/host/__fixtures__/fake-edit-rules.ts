// The editing rules of Premiere's UXP API, kept by every fake object: an action is created only inside
// `project.lockedAccess` (enforced from Premiere 26.3), changes nothing until a transaction commits it, and an object
// an action creates (a subclip, a track item, a track) exists only once its transaction has committed — so it can be
// edited only in a later transaction. Each committed transaction is one undo step.
import type { TickTimeApi } from '../premiere-api.js';

/** An action the fake built: it applies its change only when a transaction commits it. */
export class FakeAction {
  constructor(
    readonly description: string,
    readonly apply: () => void,
  ) {}
}

/** One committed transaction: one undo step in Premiere. */
export interface FakeUndoStep {
  readonly undoLabel: string;
  readonly actions: readonly string[];
}

/** The lock, the undo history, and the action factory every fake object shares. */
export class FakeEditRules {
  lockDepth = 0;
  readonly undoSteps: FakeUndoStep[] = [];
  /** Steps Premiere records itself, outside any transaction of ours (an import, a new sequence). */
  readonly premiereSteps: string[] = [];

  /** Builds an action, refusing outside `lockedAccess` as Premiere 26.3 does. */
  action(description: string, apply: () => void): FakeAction {
    if (this.lockDepth === 0) throw new Error(`${description}: actions must be created inside project.lockedAccess.`);
    return new FakeAction(description, apply);
  }

  /** Refuses an asynchronous call inside `lockedAccess`, which cannot await. */
  outsideLock(what: string): void {
    if (this.lockDepth > 0) throw new Error(`${what} is asynchronous and cannot run inside lockedAccess.`);
  }
}

/** Ticks in a second. */
export const fakeSecond = 254_016_000_000n;

/** A time the fake hands out. */
export function fakeTime(ticks: string | bigint): TickTimeApi {
  const value = BigInt(ticks);
  return { ticks: value.toString(), seconds: Number(value) / Number(fakeSecond) };
}
