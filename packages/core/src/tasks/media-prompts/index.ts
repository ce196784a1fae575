// Prompts of the media tasks, as data: each has a stable id and a version recorded with every generation.
export { describeFramePrompt } from './describe-frame-prompt.js';
export { musicCuePrompt, type MusicBrief } from './music-cue-prompt.js';
export { sceneDescriptionBatchPrompt } from './scene-description-batch-prompt.js';
export { shortenDescriptionPrompt } from './shorten-description-prompt.js';
export { shotAngles, shotMovements, shotSizes, storyboardShotListPrompt, type Shot, type ShotList } from './storyboard-shot-list-prompt.js';
export { translateCuesPrompt, type TranslatedCue, type TranslatedCues } from './translate-cues-prompt.js';
