import type { MarkdownPostProcessorContext, Vault } from 'obsidian';
import { aiFragmentsInSection, type NoteSpan } from '../generation/ai-fragments-in-section.js';
import { aiSpansInNote } from '../generation/ai-spans-in-note.js';
import { ledgerPathFor } from '../generation/ledger-path.js';

/** Wraps each occurrence of a fragment inside the element's text nodes in `span.reelkit-ai-text`. */
function wrapFragments(el: HTMLElement, fragments: readonly string[]): void {
  for (const fragment of fragments) {
    const walker = el.doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node as Text;
      const at = text.data.indexOf(fragment);
      if (at === -1 || text.parentElement?.hasClass('reelkit-ai-text') === true) continue;
      const match = text.splitText(at);
      match.splitText(fragment.length);
      const span = createSpan({ cls: 'reelkit-ai-text', attr: { 'data-reelkit-ai': 'true' } });
      match.replaceWith(span);
      span.appendChild(match);
      break;
    }
  }
}

/**
 * Marks AI-written text in reading view, from the note's ledger: no visible change unless the writer turns on the
 * highlight (a body class styles `.reelkit-ai-text`). The ledger is read once per note text, not per section.
 */
export function createAiTextMarker(vault: Pick<Vault, 'getFileByPath' | 'cachedRead' | 'adapter'>) {
  const cache = new Map<string, { noteText: string; spans: NoteSpan[] }>();
  const spansFor = async (path: string): Promise<{ noteText: string; spans: NoteSpan[] } | undefined> => {
    const file = vault.getFileByPath(path);
    if (file === null) return undefined;
    const noteText = await vault.cachedRead(file);
    const cached = cache.get(path);
    if (cached?.noteText === noteText) return cached;
    const ledgerPath = ledgerPathFor(path);
    const ledger = (await vault.adapter.exists(ledgerPath)) ? await vault.adapter.read(ledgerPath) : undefined;
    const spans = aiSpansInNote(ledger, noteText).flatMap((span) => (span.current === undefined ? [] : [{ start: span.current.start, end: span.current.end }]));
    const fresh = { noteText, spans };
    cache.set(path, fresh);
    return fresh;
  };
  return {
    /** The `MarkdownPostProcessor`. */
    process: async (el: HTMLElement, context: MarkdownPostProcessorContext): Promise<void> => {
      const section = context.getSectionInfo(el);
      if (section === null) return;
      const found = await spansFor(context.sourcePath);
      if (found === undefined || found.spans.length === 0) return;
      wrapFragments(el, aiFragmentsInSection(found.noteText, section.lineStart, section.lineEnd, found.spans));
    },
    /** Forgets a note's spans (after a placement is recorded). */
    forget: (path: string): void => {
      cache.delete(path);
    },
  };
}
