import type { Mention } from './mention.js';
import type { MentionMatcher } from './mention-matcher.js';

/** A part of a document indexed on its own: a scene, a heading's block or a note. */
export interface DocumentSection {
  /** Stable id, e.g. a scene id; progressions refer to it. */
  readonly id: string;
  readonly text: string;
  /** How the preview names it, e.g. `scene 3`; defaults to the id. */
  readonly label?: string;
}

/** A section with its mentions; mention offsets are relative to the section's start. */
export interface IndexedSection {
  readonly id: string;
  readonly label: string;
  /** Offset of the section in the whole document (sections are consecutive). */
  readonly offset: number;
  readonly length: number;
  readonly mentions: readonly Mention[];
}

/** Mentions of a document, section by section, so one edited section can be re-indexed alone. */
export interface MentionIndex {
  readonly sections: readonly IndexedSection[];
}

/** Indexes every section of a document. */
export function indexSections(matcher: MentionMatcher, sections: readonly DocumentSection[]): MentionIndex {
  let offset = 0;
  return {
    sections: sections.map((section) => {
      const indexed = indexSection(matcher, section, offset);
      offset += section.text.length;
      return indexed;
    }),
  };
}

/**
 * Re-indexes one section (adding it at the end if its id is new) and shifts the offsets of the sections after it;
 * the other sections' mentions are reused, not re-matched.
 */
export function updateSection(index: MentionIndex, matcher: MentionMatcher, section: DocumentSection): MentionIndex {
  const position = index.sections.findIndex((candidate) => candidate.id === section.id);
  const sections = [...index.sections];
  const previous = sections[position === -1 ? sections.length - 1 : position - 1];
  const start = previous === undefined ? 0 : previous.offset + previous.length;
  const updated = indexSection(matcher, section, start);
  if (position === -1) return { sections: [...sections, updated] };
  sections[position] = updated;
  let offset = updated.offset + updated.length;
  for (let later = position + 1; later < sections.length; later += 1) {
    const current = sections[later] as IndexedSection;
    if (current.offset !== offset) sections[later] = { ...current, offset };
    offset += current.length;
  }
  return { sections };
}

/** Removes a section and shifts the offsets of the sections after it. */
export function removeSection(index: MentionIndex, sectionId: string): MentionIndex {
  let offset = 0;
  const sections: IndexedSection[] = [];
  for (const section of index.sections) {
    if (section.id === sectionId) continue;
    sections.push(section.offset === offset ? section : { ...section, offset });
    offset += section.length;
  }
  return { sections };
}

function indexSection(matcher: MentionMatcher, section: DocumentSection, offset: number): IndexedSection {
  return {
    id: section.id,
    label: section.label ?? section.id,
    offset,
    length: section.text.length,
    mentions: matcher.findMentions(section.text),
  };
}
