import { describe, expect, it } from 'vitest';
import * as prompts from '../media-prompts/index.js';
import * as media from './index.js';

describe('media tasks public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(media).sort()).toEqual([
      'addCost',
      'captionRuleFindings',
      'checkGlossary',
      'collectGuardedBatch',
      'collectMusicCue',
      'collectVideoOperation',
      'cosineSimilarity',
      'defaultDescriptionWordsPerSecond',
      'describeFrames',
      'dubCues',
      'estimateSpeechSeconds',
      'estimateVideoOperationCost',
      'findDialogueGaps',
      'findUnderspecifiedPeople',
      'glossaryFromEntries',
      'highlightSegmentsFromScreenplay',
      'highlightSegmentsFromTranscript',
      'noCost',
      'peopleFromCast',
      'peopleFromEntries',
      'planHighlights',
      'planMusicCue',
      'planStoryboard',
      'rankByMmr',
      'readAudioDuration',
      'readSceneInput',
      'renderStoryboard',
      'sceneDescriptionBatchItems',
      'sceneDurationSeconds',
      'sceneFountain',
      'secondsPerEighth',
      'submitGuardedBatch',
      'submitMusicCue',
      'submitVideoOperation',
      'transcribeToCaptions',
      'translateCaptions',
    ]);
  });

  it('gives every prompt a stable id and a version, and declares every slot its text uses', () => {
    const templates = [prompts.describeFramePrompt, prompts.musicCuePrompt, prompts.sceneDescriptionBatchPrompt, prompts.shortenDescriptionPrompt, prompts.storyboardShotListPrompt, prompts.translateCuesPrompt];
    expect(templates.map((template) => `${template.id}@${template.version}`)).toEqual([
      'media.describe-frame@1',
      'media.music-cue@1',
      'media.scene-description@1',
      'media.shorten-description@1',
      'media.storyboard-shot-list@1',
      'media.translate-cues@1',
    ]);
    for (const template of templates) {
      const used = [...`${template.system}\n${template.user}`.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((match) => match[1]);
      expect([...new Set(used)].sort()).toEqual([...template.slots].sort());
    }
  });
});
