// Dubbing: each cue voiced, measured and fitted to its timing.
export { dubCues, type DubbedCue, type DubbedTrack, type DubbingTrack, type DubCuesRequest } from './dub-cues.js';
export { readAudioDuration } from './read-audio-duration.js';
