import { ReelkitError } from '@reelkit/core/errors';
import { createHasher } from '@reelkit/core/runtime';
import { Notice } from 'obsidian';
import { lintDescriptions } from '../bias/description-language.js';
import { manuscriptRepresentation } from '../bias/manuscript-representation.js';
import type { StoryBible } from '../bible/story-bible.js';
import { checkContinuityRules } from '../continuity/check-continuity-rules.js';
import { checkSceneWithModel, type ContinuityCache } from '../continuity/check-scene-with-model.js';
import type { StoryFinding } from '../continuity/story-finding.js';
import type { StorySession } from './story-session.js';
import type { StoryState } from './story-state.js';

/** Runs the continuity and bias checks and puts their findings in the findings view. */
export class ChecksController {
  private running: AbortController | undefined;

  constructor(
    private readonly bible: StoryBible,
    private readonly state: StoryState,
    private readonly revealFindings: () => Promise<void>,
    /** The session: each scene's model pass is checked and recorded into that scene note's ledger. */
    private readonly session: StorySession,
  ) {}

  private async show(findings: StoryFinding[]): Promise<void> {
    this.state.findings = findings;
    this.state.changed();
    await this.revealFindings();
  }

  /** The rule checks only: instant, free, nothing leaves the vault. */
  async continuityRules(): Promise<void> {
    await this.show(checkContinuityRules(this.bible));
  }

  /** Rules plus a model pass per scene against only the entries it mentions; unchanged scenes come from the cache. */
  async continuityWithModel(): Promise<void> {
    const findings = checkContinuityRules(this.bible);
    const cache: ContinuityCache = new Map(Object.entries(this.state.data.continuityCache));
    const notice = new Notice('Checking continuity…', 0);
    this.running = new AbortController();
    try {
      const call = await this.session.open();
      const index = this.bible.index();
      const order = index.sections.map((section) => section.id);
      const scenes = this.bible.scenes();
      let cached = 0;
      for (const [position, scene] of scenes.entries()) {
        const section = index.sections.find((candidate) => candidate.id === scene.id);
        if (section === undefined) continue;
        notice.setMessage(`Checking continuity: scene ${position + 1} of ${scenes.length}…`);
        const model = await call.forNote(scene.path);
        const result = await checkSceneWithModel({ scene, section, entries: this.bible.entries(), sceneOrder: order, model, hasher: createHasher(), cache, signal: this.running.signal });
        if (result.fromCache) cached += 1;
        findings.push(...result.findings);
      }
      new Notice(`Continuity checked: ${scenes.length} scenes, ${cached} unchanged since the last check.`);
    } catch (error) {
      new Notice(ReelkitError.isInstance(error) || error instanceof Error ? error.message : 'The continuity check failed.');
    } finally {
      notice.hide();
      this.running = undefined;
      await this.state.update({ continuityCache: Object.fromEntries(cache) });
      await this.show(findings);
    }
  }

  /** Stops a running model pass after the current scene. */
  cancel(): void {
    this.running?.abort(new Error('Cancelled.'));
  }

  /** Representation by declared gender (and any other declared attribute) plus the language lint of descriptions. */
  async bias(): Promise<void> {
    const entries = this.bible.entries();
    const attributes = [...new Set(entries.filter((entry) => entry.type === 'character').flatMap((entry) => Object.keys(entry.attributes)))];
    const representation = attributes.flatMap((attribute) => manuscriptRepresentation(entries, this.bible.index(), attribute).findings);
    await this.show([...representation, ...lintDescriptions(entries)]);
  }
}
