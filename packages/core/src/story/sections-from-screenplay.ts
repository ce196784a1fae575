import type { Screenplay } from '../screenplay/screenplay.js';
import type { DocumentSection } from './mention-index.js';

/**
 * Cuts a Fountain source into consecutive sections, one per scene (id = the scene's id, label `scene 3` or the
 * scene number written in the heading), plus `preamble` for any title page and text before the first scene, so
 * each scene can be re-indexed alone and context reasons name the scene.
 */
export function sectionsFromScreenplay(source: string, screenplay: Screenplay): DocumentSection[] {
  const scenes = screenplay.scenes;
  const sections: DocumentSection[] = [];
  const firstStart = scenes[0]?.range.start.offset ?? source.length;
  if (firstStart > 0) sections.push({ id: 'preamble', text: source.slice(0, firstStart), label: 'the title page and opening' });
  scenes.forEach((scene, index) => {
    const end = scenes[index + 1]?.range.start.offset ?? source.length;
    sections.push({ id: scene.id, text: source.slice(scene.range.start.offset, end), label: `scene ${scene.sceneNumber ?? index + 1}` });
  });
  return sections;
}
