/** A run of text with one style, as `<Text Style="Bold+Underline">` holds it. */
export interface FdxRun {
  readonly text: string;
  /** The `Style` attribute: flags joined by `+` (`Bold`, `Italic`, `Underline`, `AllCaps`, ...); empty when plain. */
  readonly style: string;
}

/** One `<Paragraph>` of the script body or title page, with what the converter reads from it. */
export interface FdxParagraph {
  /** The `Type` attribute (`Scene Heading`, `Action`, ...); empty when the paragraph has none. */
  readonly type: string;
  readonly runs: FdxRun[];
  readonly number: string | undefined;
  readonly alignment: string | undefined;
  readonly startsNewPage: boolean;
  /** Which `<DualDialogue>` block of the script holds the paragraph (0, 1, ...), if any. */
  readonly dualBlock: number | undefined;
  /** Texts of the `<ScriptNote>`s written inside the paragraph (the older Final Draft form). */
  readonly notes: string[];
  /** Offsets of the paragraph's start tag and of the end of its end tag in the XML. */
  readonly start: number;
  end: number;
}

/** A `<ScriptNote>` of the top-level `<ScriptNotes>` list (Final Draft 11 on), anchored by its `Range`. */
export interface FdxRangedNote {
  readonly text: string;
  /** First unit of `Range="start,end"`, when it is a number. */
  readonly rangeStart: number | undefined;
}

/** Where a top-level script unit starts in the character count `Range` uses, and the paragraph to anchor it on. */
export interface FdxNoteAnchor {
  readonly at: number;
  readonly paragraph: number;
}

/** What the converter reads from a `.fdx` file. */
export interface FdxDocument {
  /** The root's `DocumentType` (`Script` for screenplays). */
  readonly documentType: string;
  /** Script paragraphs in order, dual dialogue paragraphs in place; paragraphs holding only a block are left out. */
  readonly content: FdxParagraph[];
  readonly titlePage: FdxParagraph[];
  readonly rangedNotes: FdxRangedNote[];
  /** In rising `at` order. */
  readonly noteAnchors: FdxNoteAnchor[];
  /** Paragraph types whose `<ElementSettings>` print in capitals; undefined when the file has no element settings. */
  readonly allCaps: ReadonlySet<string> | undefined;
}
