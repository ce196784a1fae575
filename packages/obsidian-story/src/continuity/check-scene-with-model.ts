import type { Hasher } from '@reelkit/core/runtime';
import { locateQuote, type IndexedSection, type StoryEntry } from '@reelkit/core/story';
import type { GuardedTextModel } from '@reelkit/core/guard';
import type { SceneNote } from '../bible/scene-note.js';
import { promptParameters } from '@reelkit/core/tasks/prompts';
import { continuityMessages, continuityPrompt } from './continuity-prompt.js';
import type { StoryFinding } from './story-finding.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** Findings per scene, keyed by a hash of exactly what the model saw (the scene and its entries). */
export type ContinuityCache = Map<string, readonly StoryFinding[]>;

/** What a model pass over one scene needs. */
export interface SceneCheckInput {
  readonly scene: SceneNote;
  readonly section: IndexedSection;
  readonly entries: readonly StoryEntry[];
  readonly sceneOrder: readonly string[];
  /** Guarded with the scene note's ledger, so the pass is checked and recorded like any generation. */
  readonly model: GuardedTextModel;
  readonly hasher: Hasher;
  readonly cache: ContinuityCache;
  readonly signal?: AbortSignal;
}

/**
 * Asks the model for contradictions between a scene and the entries it mentions. Only contradictions whose quote is
 * really in the scene are kept (`locateQuote`: a quote the model made up is no evidence), quoted as the scene has it.
 * Cached by the hash of the prompt, so an unchanged scene with unchanged entries costs nothing the second time.
 */
export async function checkSceneWithModel(input: SceneCheckInput): Promise<{ findings: readonly StoryFinding[]; fromCache: boolean }> {
  const messages = continuityMessages(input.scene, input.section, input.entries, input.sceneOrder);
  const key = await input.hasher.sha256(JSON.stringify([input.model.provider, input.model.modelId, messages]));
  const cached = input.cache.get(key);
  if (cached !== undefined) return { findings: cached, fromCache: true };
  const { output } = await input.model.generateObject({
    messages,
    temperature: 0,
    schema: continuityPrompt.schema,
    ...omitUndefined({ signal: input.signal }),
    record: { task: 'story.continuity', parameters: promptParameters(continuityPrompt, { scene: input.scene.id, entries: input.entries.map((entry) => entry.id) }) },
  });
  const findings = output.contradictions.flatMap((contradiction): StoryFinding[] => {
    const found = locateQuote(input.scene.body, contradiction.quote);
    if (found === undefined) return [];
    const quote = input.scene.body.slice(found.start, found.end);
    const entry = input.entries.find((candidate) => candidate.name === contradiction.entry || candidate.id === contradiction.entry);
    return [
      {
        sceneId: input.scene.id,
        offset: found.start,
        ...(entry === undefined ? {} : { entryId: entry.id }),
        finding: { ruleId: 'continuity.model', category: 'continuity', severity: 'warning', message: contradiction.explanation, evidence: quote, suggestion: `Check against the entry "${contradiction.entry}".` },
      },
    ];
  });
  input.cache.set(key, findings);
  return { findings, fromCache: false };
}
