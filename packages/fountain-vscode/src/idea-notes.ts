import type { CharacterBackground, LoglineOption, PlotTwist, StoryIdea } from '@reelkit/core/tasks/prompts';

/** One option of an AI brainstorm, ready for a quick pick and for the script as a Fountain note. */
export interface IdeaOption {
  readonly label: string;
  readonly detail: string;
  /** A Fountain note (`[[…]]`) on its own lines; notes never print, so brainstorms stay out of the script proper. */
  readonly note: string;
}

/** Fountain notes end at `]]`; a brainstorm that contains one must not close its note early. */
function note(title: string, lines: readonly string[]): string {
  const body = [title, ...lines.filter((line) => line.trim() !== '')].map((line) => line.replace(/\]\]/gu, '] ]')).join('\n');
  return `[[${body}]]`;
}

/** Story ideas as options. */
export function storyIdeaOptions(ideas: readonly StoryIdea[]): IdeaOption[] {
  return ideas.map((idea) => ({ label: idea.title, detail: idea.summary, note: note(`IDEA: ${idea.title}`, [idea.summary, `Hook: ${idea.hook}`]) }));
}

/** Loglines as options. */
export function loglineOptions(options: readonly LoglineOption[]): IdeaOption[] {
  return options.map((option) => ({ label: option.title, detail: option.logline, note: note(`LOGLINE: ${option.title} (${option.genre}, ${option.tone})`, [option.logline, option.premise]) }));
}

/** Plot twists as options. */
export function plotTwistOptions(twists: readonly PlotTwist[]): IdeaOption[] {
  return twists.map((twist) => ({ label: twist.twist, detail: twist.consequence, note: note('TWIST', [twist.twist, `Setup: ${twist.setup}`, `Consequence: ${twist.consequence}`]) }));
}

/** A character background as its one option. */
export function characterBackgroundOption(background: CharacterBackground): IdeaOption {
  return {
    label: background.name,
    detail: background.summary,
    note: note(`CHARACTER: ${background.name}`, [
      background.summary,
      `Backstory: ${background.backstory}`,
      `Wants: ${background.want}`,
      `Needs: ${background.need}`,
      `Flaw: ${background.flaw}`,
      `Voice: ${background.voice}`,
      ...background.relationships.map((relationship) => `${relationship.name}: ${relationship.relationship}`),
    ]),
  };
}
