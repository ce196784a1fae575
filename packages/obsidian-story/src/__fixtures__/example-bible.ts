// The example vault loaded into a StoryBible, as the plugin holds it after start-up.
import { createStoryBible, type StoryBible } from '../bible/story-bible.js';
import { exampleLayout, loadExampleVault } from './example-vault.js';

/** A bible holding every note of examples/vault. */
export async function loadExampleStoryBible(): Promise<StoryBible> {
  const bible = createStoryBible(exampleLayout);
  for (const note of await loadExampleVault()) bible.upsert(note.path, note.text);
  return bible;
}
