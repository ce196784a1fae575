// Caption translation with a glossary from the script or the story bible.
export { checkGlossary, type TranslatedText } from './check-glossary.js';
export { glossaryFromEntries } from './glossary-from-entries.js';
export type { GlossaryTerm } from './glossary-term.js';
export { translateCaptions, type TranslateCaptionsRequest, type TranslatedCaptions } from './translate-captions.js';
