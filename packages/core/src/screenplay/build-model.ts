import { countWords } from './count-words.js';
import { parseSceneHeading } from './parse-scene-heading.js';
import type { ScreenplayElement } from './screenplay-element.js';
import type { Character, DialogueBlock, Location, Scene } from './screenplay-model.js';

/** Scenes, characters and locations derived from elements. */
export interface ScreenplayModel {
  scenes: Scene[];
  characters: Character[];
  locations: Location[];
}

/** Derives the model in one pass over the elements. */
export function buildModel(elements: readonly ScreenplayElement[]): ScreenplayModel {
  const scenes = buildScenes(elements);
  const characters = new Map<string, Character>();
  let sceneIndex = -1;
  let block: DialogueBlock | undefined;
  let speaker: Character | undefined;
  elements.forEach((element, index) => {
    while (sceneIndex + 1 < scenes.length && (scenes[sceneIndex + 1]?.elementStart ?? Infinity) <= index) sceneIndex += 1;
    const scene = scenes[sceneIndex];
    if (element.kind === 'character' && element.name !== undefined) {
      speaker = characters.get(element.name);
      if (!speaker) {
        speaker = { name: element.name, lines: 0, words: 0, dialogueBlocks: [], scenes: [] };
        characters.set(element.name, speaker);
      }
      block = { cueIndex: index, extensions: element.extensions ?? [], text: '', lines: 0, words: 0, range: { start: element.range.start, end: element.range.end } };
      if (scene) block.sceneId = scene.id;
      speaker.dialogueBlocks.push(block);
      return;
    }
    if (block && speaker && (element.kind === 'dialogue' || element.kind === 'lyrics' || element.kind === 'parenthetical')) {
      block.range = { start: block.range.start, end: element.range.end };
      if (element.kind === 'parenthetical') return;
      const lines = element.text.split('\n').filter((line) => line.trim() !== '').length;
      const words = countWords(element.text);
      block.text = block.text === '' ? element.text : `${block.text}\n${element.text}`;
      block.lines += lines;
      block.words += words;
      speaker.lines += lines;
      speaker.words += words;
      if (scene && lines > 0) {
        if (!speaker.scenes.includes(scene.id)) speaker.scenes.push(scene.id);
        if (!scene.characters.includes(speaker.name)) scene.characters.push(speaker.name);
      }
      return;
    }
    block = undefined;
    speaker = undefined;
  });
  return { scenes, characters: [...characters.values()], locations: buildLocations(scenes) };
}

function buildScenes(elements: readonly ScreenplayElement[]): Scene[] {
  const scenes: Scene[] = [];
  const seen = new Map<string, number>();
  elements.forEach((element, index) => {
    if (element.kind !== 'scene-heading') return;
    const previous = scenes[scenes.length - 1];
    if (previous) closeScene(previous, elements, index);
    const base = element.sceneNumber !== undefined ? `scene-${slug(element.sceneNumber)}` : slug(element.text) || 'scene';
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const parts = parseSceneHeading(element.text);
    const scene: Scene = {
      id: occurrence === 1 ? base : `${base}-${occurrence}`,
      heading: element.text,
      location: parts.location.replace(/\s+/g, ' ').toUpperCase(),
      elementStart: index,
      elementEnd: index + 1,
      range: { start: element.range.start, end: element.range.end },
      characters: [],
    };
    if (element.sceneNumber !== undefined) scene.sceneNumber = element.sceneNumber;
    if (parts.setting !== undefined) scene.setting = parts.setting;
    if (parts.timeOfDay !== undefined) scene.timeOfDay = parts.timeOfDay;
    scenes.push(scene);
  });
  const last = scenes[scenes.length - 1];
  if (last) closeScene(last, elements, elements.length);
  return scenes;
}

function closeScene(scene: Scene, elements: readonly ScreenplayElement[], end: number): void {
  scene.elementEnd = end;
  const lastElement = elements[end - 1];
  if (lastElement) scene.range = { start: scene.range.start, end: lastElement.range.end };
}

function buildLocations(scenes: readonly Scene[]): Location[] {
  const locations = new Map<string, Location>();
  for (const scene of scenes) {
    if (scene.location === '') continue;
    const location = locations.get(scene.location) ?? { name: scene.location, scenes: [] };
    location.scenes.push(scene.id);
    locations.set(scene.location, location);
  }
  return [...locations.values()];
}

/** Lower-case letters and digits joined by `-`; works for any script. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}
