// Storyboards: a shot list with image prompts (and visible suggestions), then the frames, through a guarded image model.
export { findUnderspecifiedPeople } from './find-underspecified-people.js';
export { peopleFromCast } from './people-from-cast.js';
export { peopleFromEntries } from './people-from-entries.js';
export { planStoryboard, type StoryboardPlan, type StoryboardRequest, type StoryboardShot } from './plan-storyboard.js';
export { renderStoryboard, type RenderStoryboardRequest, type StoryboardFrame, type StoryboardFrameRequest, type StoryboardImages } from './render-storyboard.js';
export type { StoryboardPerson } from './storyboard-person.js';
