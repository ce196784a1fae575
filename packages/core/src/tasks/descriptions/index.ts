// Audio descriptions placed in the gaps between dialogue.
export { describeFrames, type AudioDescriptions, type DescribeFramesRequest, type DescriptionFrame } from './describe-frames.js';
export { defaultDescriptionWordsPerSecond, estimateSpeechSeconds } from './estimate-speech-seconds.js';
export { findDialogueGaps, type DialogueGapOptions, type TimeSpan } from './find-dialogue-gaps.js';
