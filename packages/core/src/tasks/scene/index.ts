// A scene as the media tasks take it: parsed or Fountain text, its duration.
export { sceneDurationSeconds, secondsPerEighth } from './scene-duration-seconds.js';
export { sceneFountain } from './scene-fountain.js';
export { readSceneInput, type SceneInput, type SceneText } from './scene-input.js';
