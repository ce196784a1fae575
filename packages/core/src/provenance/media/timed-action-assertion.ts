import type { IBox } from '@trustnxt/c2pa-ts/jumbf';
import { ActionAssertion, type Claim } from '@trustnxt/c2pa-ts/manifest';

/**
 * A `c2pa.actions.v2` assertion whose actions carry `when` (C2PA 2.1 §18.4.3): c2pa-ts models every other field of an
 * action but does not serialise `when`, and the creation time of generated media is worth recording.
 */
export class TimedActionAssertion extends ActionAssertion {
  private readonly when: string;

  constructor(when: Date) {
    super();
    this.when = when.toISOString();
  }

  override generateJUMBFBoxForContent(claim: Claim): IBox {
    const box = super.generateJUMBFBoxForContent(claim) as IBox & { content: { actions: Record<string, unknown>[] } };
    for (const action of box.content.actions) action['when'] = this.when;
    return box;
  }
}
