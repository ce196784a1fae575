import { type Editor, type EditorPosition, EditorSuggest, type EditorSuggestContext, type EditorSuggestTriggerInfo, type TFile } from 'obsidian';
import { findSuggestTrigger, suggestEntries, type EntrySuggestion } from '../bible/entry-suggestions.js';
import type { StoryBible } from '../bible/story-bible.js';

/** Completes story-bible entries after `@` in the editor; choosing one writes the name (or the alias typed for). */
export class EntrySuggest extends EditorSuggest<EntrySuggestion> {
  constructor(
    app: ConstructorParameters<typeof EditorSuggest>[0],
    private readonly bible: StoryBible,
  ) {
    super(app);
  }

  override onTrigger(cursor: EditorPosition, editor: Editor, _file: TFile | null): EditorSuggestTriggerInfo | null {
    const trigger = findSuggestTrigger(editor.getLine(cursor.line), cursor.ch);
    if (trigger === undefined) return null;
    return { start: { line: cursor.line, ch: trigger.start }, end: cursor, query: trigger.query };
  }

  override getSuggestions(context: EditorSuggestContext): EntrySuggestion[] {
    return suggestEntries(this.bible.entries(), context.query);
  }

  override renderSuggestion(suggestion: EntrySuggestion, el: HTMLElement): void {
    el.createDiv({ text: suggestion.alias ?? suggestion.name });
    el.createDiv({ cls: 'reelkit-meta', text: suggestion.alias === undefined ? suggestion.type : `${suggestion.name} · ${suggestion.type}` });
  }

  override selectSuggestion(suggestion: EntrySuggestion, _event: MouseEvent | KeyboardEvent): void {
    const context = this.context;
    if (context === null) return;
    context.editor.replaceRange(suggestion.alias ?? suggestion.name, context.start, context.end);
  }
}
