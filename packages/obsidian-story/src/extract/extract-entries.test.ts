import { parseEntryNote } from '@reelkit/core/story';
import { parseLedger, type ProvenanceEvent } from '@reelkit/core/provenance';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { loadExampleVault, type ExampleNote } from '../__fixtures__/example-vault.js';
import { startLoopbackProvider, type LoopbackProvider } from '../__fixtures__/loopback-provider.js';
import type { StoryBible } from '../bible/story-bible.js';
import { FakeVault } from '../host/__fixtures__/fake-vault.js';
import { acceptProposal } from '../host/accept-proposal.js';
import { extractionPreview } from '../preview/extraction-preview.js';
import type { ExtractionReply } from './extract-prompt.js';
import { planExtraction } from './plan-extraction.js';
import { runExtraction } from './run-extraction.js';

let provider: LoopbackProvider;
let bible: StoryBible;
let notes: ExampleNote[];
beforeAll(async () => {
  provider = await startLoopbackProvider();
  bible = await loadExampleStoryBible();
  notes = await loadExampleVault();
});
afterAll(() => provider.server.close());
beforeEach(() => provider.server.reset());

const scene4 = 'Manuscript/scene-04.md';

/** What a model might answer for "The gears": good proposals, and ones the review must drop. */
const reply: ExtractionReply = {
  entries: [
    { name: 'The weight chain', aliases: ['weight chain'], type: 'object', description: 'The chain whose weights turn the lens clockwork.', quote: 'The weight chain jumped its sprocket' },
    { name: 'Dr Marchetti', aliases: [], type: 'character', description: 'The doctor.', quote: 'said Dr Marchetti' },
    { name: 'The mainland flag', aliases: ['the flag'], type: 'object', description: 'A signal flag.', quote: 'she raised the red flag' },
  ],
  facts: [
    { entry: 'Mara Voss', fact: 'Put her hand into the gears to stop the lens.', quote: 'Mara put her hand into the gears to stop the lens' },
    { entry: 'Wren', fact: 'Lit the lamp herself the night of the accident.', quote: 'She lit the lamp herself with shaking hands' },
    { entry: 'Hope Marchetti', fact: 'Practical, kind, rides out in any weather.', quote: 'Hope Marchetti climbed the hundred and twelve steps' },
    { entry: 'Captain Nemo', fact: 'Watches from the sea.', quote: 'It happened at dusk' },
    { entry: 'Tobin Ash', fact: 'Rowed the doctor across in a storm.', quote: 'Tobin rowed the doctor across' },
  ],
};

/** Plans and runs "Extract entries" on scene 4 through the session's guard, with the fake answering `reply`. */
async function extractScene4(vault: FakeVault) {
  const scene = bible.sceneAt(scene4);
  const index = bible.index();
  if (scene === undefined) throw new Error('example vault changed');
  const call = await provider.session(vault).open();
  const plan = planExtraction(scene, index.sections.find((section) => section.id === scene.id), bible.entries(), index.sections.map((section) => section.id), call.model);
  provider.server.enqueue('chat', { reply: { json: reply } });
  const result = await runExtraction(plan, { model: await call.forNote(scene4), noteText: vault.text(scene4), entryNotes: bible.entryNotes(), pending: [] });
  return { plan, result };
}

describe('Extract entries on the example vault, against the loopback fake', () => {
  it('sends the chapter with the entries it mentions, and proposes only what the chapter says and the bible does not', async () => {
    const vault = new FakeVault(notes);
    const { plan, result } = await extractScene4(vault);
    // In order of first mention: "the lens" (line 8) and "the oath" (line 11) come before Tobin.
    expect(plan.known).toEqual(['mara-voss', 'fresnel-lens', 'wren-halloway', 'keepers-oath', 'tobin-ash', 'hope-marchetti', 'lamp-room']);
    const user = provider.chatBodies()[0]?.messages[1]?.content ?? '';
    expect(user).toContain('## Mara Voss (character)\nAlso called: Mara, the Keeper.');
    expect(user).toContain('- Has lost her left hand to the lamp gears');
    expect(user.endsWith('She\'s doing it well."')).toBe(true);
    expect(extractionPreview([plan]).rows).toEqual([{ text: `The gears (${scene4}): the chapter and 7 entries it mentions, about ${plan.usage.inputTokens} tokens` }]);

    expect(result.proposals.map((proposal) => (proposal.kind === 'entry' ? ['entry', proposal.name, proposal.aliases, proposal.type, proposal.line + 1, proposal.quote] : ['fact', proposal.entryId, proposal.fact, proposal.line + 1, proposal.quote]))).toEqual([
      ['entry', 'The weight chain', ['weight chain'], 'object', 7, 'The weight chain jumped its sprocket'],
      ['fact', 'mara-voss', 'Put her hand into the gears to stop the lens.', 7, 'Mara put her hand into\nthe gears to stop the lens'],
      ['fact', 'wren-halloway', 'Lit the lamp herself the night of the accident.', 11, 'She lit the lamp herself with shaking hands'],
    ]);
    expect(result.dropped).toEqual([
      { what: 'New entry "Dr Marchetti"', why: 'the bible has it already as "Hope Marchetti"' },
      { what: 'New entry "The mainland flag"', why: `its line "she raised the red flag" is not in ${scene4}` },
      { what: 'Fact about "Hope Marchetti": Practical, kind, rides out in any weather.', why: '"Hope Marchetti" says so already' },
      { what: 'Fact about "Captain Nemo": Watches from the sea.', why: 'the bible has no entry "Captain Nemo"' },
      { what: 'Fact about "Tobin Ash": Rowed the doctor across in a storm.', why: `its line "Tobin rowed the doctor across" is not in ${scene4}` },
    ]);
    const [event] = parseLedger(vault.adapter.files.get(`.reelkit/ledgers/${scene4}.jsonl`) ?? '').entries as ProvenanceEvent[];
    expect(event?.parameters).toEqual({ prompt: { id: 'story.extract', version: '1' }, scene: 'scene-04', entries: plan.known });
    expect(vault.getMarkdownFiles()).toHaveLength(notes.length);
  });

  it('writes nothing until a proposal is accepted, then writes it with its source link and records it', async () => {
    const vault = new FakeVault(notes);
    const before = new Map(notes.map((note) => [note.path, vault.text(note.path)]));
    const { result } = await extractScene4(vault);
    expect(notes.every((note) => vault.text(note.path) === before.get(note.path))).toBe(true);
    const session = provider.session(vault);
    const [entry, fact] = result.proposals;
    if (entry === undefined || fact === undefined) throw new Error('no proposals');

    expect(await acceptProposal(vault, 'Story bible', entry, session.recorder)).toEqual({ ok: true, path: 'Story bible/The weight chain.md' });
    const created = vault.text('Story bible/The weight chain.md');
    expect(created).toBe(
      '---\ntype: object\nname: The weight chain\naliases: [weight chain]\ncontext: when-mentioned\nprivate: false\n---\nThe chain whose weights turn the lens clockwork. ([[scene-04]]: “The weight chain jumped its sprocket”)\n\n## Private notes\n',
    );
    expect(parseEntryNote('The weight chain', created)).toMatchObject({ type: 'object', aliases: ['weight chain'], description: 'The chain whose weights turn the lens clockwork. (scene-04: “The weight chain jumped its sprocket”)' });

    expect(await acceptProposal(vault, 'Story bible', fact, session.recorder)).toEqual({ ok: true, path: 'Story bible/mara-voss.md' });
    expect(vault.text('Story bible/mara-voss.md')).toBe(
      (before.get('Story bible/mara-voss.md') ?? '').replace(
        'passes.\n\n## Private notes',
        'passes.\n\n- Put her hand into the gears to stop the lens. ([[scene-04]]: “Mara put her hand into the gears to stop the lens”)\n\n## Private notes',
      ),
    );
    const placed = parseLedger(vault.adapter.files.get('.reelkit/ledgers/Story bible/mara-voss.md.jsonl') ?? '').entries as ProvenanceEvent[];
    expect(placed.map((event) => [event.action, event.source?.entryId, event.span?.exact])).toEqual([['c2pa.placed', fact.provenanceId, '- Put her hand into the gears to stop the lens. ([[scene-04]]: “Mara put her hand into the gears to stop the lens”)']]);
    expect(await acceptProposal(vault, 'Story bible', entry, session.recorder)).toEqual({ ok: false, conflict: 'Story bible/The weight chain.md exists already; it was left as it is.' });
  });
});
