// Music cues: a plan from the scene, a submitted job, the cue delivered (signed, recorded).
export { collectMusicCue, type CollectMusicCueRequest, type MusicCue } from './collect-music-cue.js';
export { planMusicCue, type MusicCuePlan, type MusicCueRequest } from './plan-music-cue.js';
export { submitMusicCue } from './submit-music-cue.js';
