import type { Screenplay, SourceRange } from '@reelkit/core/screenplay';

/** A node of the document outline: sections contain sections and scenes. */
export interface OutlineNode {
  readonly kind: 'section' | 'scene';
  readonly name: string;
  /** The synopses (`= ...`) written under the section or scene heading, joined by a space. */
  detail: string;
  /** From the heading to the end of the last element the node contains. */
  range: SourceRange;
  /** The heading itself. */
  readonly selectionRange: SourceRange;
  /** Section depth (number of `#`); 0 for scenes. */
  readonly depth: number;
  readonly children: OutlineNode[];
}

/** Builds the outline VS Code shows: sections nested by depth, scenes inside the nearest section, synopses as detail. */
export function buildOutline(screenplay: Screenplay): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const sections: OutlineNode[] = [];
  let scene: OutlineNode | undefined;
  let latest: OutlineNode | undefined;
  let lastEnd: SourceRange['end'] | undefined;

  const close = (node: OutlineNode): void => {
    if (lastEnd !== undefined && lastEnd.offset > node.range.end.offset) node.range = { start: node.range.start, end: lastEnd };
  };
  const attach = (node: OutlineNode): void => {
    const parent = sections[sections.length - 1];
    (parent === undefined ? roots : parent.children).push(node);
    latest = node;
  };

  for (const element of screenplay.elements) {
    if (element.kind === 'section') {
      const depth = element.depth ?? 1;
      if (scene) close(scene);
      scene = undefined;
      while ((sections[sections.length - 1]?.depth ?? 0) >= depth) close(sections.pop() as OutlineNode);
      const node = createNode('section', element.text.trim() || '(untitled section)', element.range, depth);
      attach(node);
      sections.push(node);
    } else if (element.kind === 'scene-heading') {
      if (scene) close(scene);
      scene = createNode('scene', element.sceneNumber === undefined ? element.text : `${element.text} #${element.sceneNumber}#`, element.range, 0);
      attach(scene);
    } else if (element.kind === 'synopsis' && latest !== undefined) {
      latest.detail = latest.detail === '' ? element.text.trim() : `${latest.detail} ${element.text.trim()}`;
    }
    lastEnd = element.range.end;
  }
  if (scene) close(scene);
  while (sections.length > 0) close(sections.pop() as OutlineNode);
  return roots;
}

function createNode(kind: OutlineNode['kind'], name: string, range: SourceRange, depth: number): OutlineNode {
  return { kind, name, detail: '', range, selectionRange: range, depth, children: [] };
}
