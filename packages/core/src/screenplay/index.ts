// Screenplay engine: Fountain parser, model, incremental update, writer, statistics.
export type { Annotation } from './annotation.js';
export { parseFountain } from './parse-fountain.js';
export type { Screenplay } from './screenplay.js';
export type { ElementKind, EmphasisStyle, InlineSpan, ScreenplayElement } from './screenplay-element.js';
export type { Character, DialogueBlock, Location, Scene, SceneSetting } from './screenplay-model.js';
export type { Position, SourceRange } from '../text/source-range.js';
export type { TitlePage, TitlePageEntry } from './title-page.js';
export { updateScreenplay, type TextEdit } from './update-screenplay.js';
export { writeElement, writeFountain } from './write-fountain.js';
