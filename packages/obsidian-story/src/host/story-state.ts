import type { StoryAnswer } from '../ask/run-question.js';
import type { StoryFinding } from '../continuity/story-finding.js';
import type { BibleProposal } from '../extract/bible-proposal.js';
import type { PendingSuggestion } from '../generation/run-generation.js';
import type { PluginData } from '../plugin-data.js';

/** The plugin's mutable state and its persistence: views subscribe, controllers update. */
export class StoryState {
  data: PluginData;
  pending: PendingSuggestion[] = [];
  findings: StoryFinding[] = [];
  /** The generation being written now, as far as it has arrived (streamed on desktop, all at once on mobile). */
  streaming: { readonly name: string; readonly notePath: string; readonly text: string } | undefined;
  /** "Extract entries" proposals waiting for the writer, in the order found. */
  proposals: BibleProposal[] = [];
  /** Questions asked this session and their checked answers, newest first. */
  answers: StoryAnswer[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    data: PluginData,
    private readonly persist: (data: PluginData) => Promise<void>,
  ) {
    this.data = data;
  }

  /** Replaces part of the saved data and writes it. */
  async update(change: Partial<PluginData>): Promise<void> {
    this.data = { ...this.data, ...change };
    this.changed();
    await this.persist(this.data);
  }

  /** Tells the views to re-render. */
  changed(): void {
    this.listeners.forEach((listener) => listener());
  }

  /** Subscribes a view; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
