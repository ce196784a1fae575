// Prompt templates as data: system text, user template with named {{slots}}, schema for structured answers, version.
export { adaptChapterPrompt } from './adapt-chapter-prompt.js';
export { beatOutlinePrompt, type Act, type Beat, type BeatOutline, type SceneSuggestion } from './beat-outline-prompt.js';
export { characterBackgroundPrompt, type CharacterBackground, type CharacterRelationship } from './character-background-prompt.js';
export { continuePrompt } from './continue-prompt.js';
export { dialoguePrompt } from './dialogue-prompt.js';
export { loglinePrompt, type LoglineOption, type LoglineOptions } from './logline-prompt.js';
export { plotTwistsPrompt, type PlotTwist, type PlotTwists } from './plot-twists-prompt.js';
export { promptParameters } from './prompt-parameters.js';
export type { PromptTemplate, StructuredPromptTemplate } from './prompt-template.js';
export { reimagineScenePrompt } from './reimagine-scene-prompt.js';
export { rewritePrompt } from './rewrite-prompt.js';
export { sceneDescriptionPrompt } from './scene-description-prompt.js';
export { storyIdeasPrompt, type StoryIdea, type StoryIdeas } from './story-ideas-prompt.js';
