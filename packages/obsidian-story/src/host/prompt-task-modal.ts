import { type App, FuzzySuggestModal } from 'obsidian';
import type { StoryTask } from '../generation/story-tasks.js';

/** Picks a generation task: the built-in prompts and the writer's prompt notes, by name. */
export class PromptTaskModal extends FuzzySuggestModal<StoryTask> {
  constructor(
    app: App,
    private readonly tasks: readonly StoryTask[],
    private readonly run: (task: StoryTask) => void,
  ) {
    super(app);
    this.setPlaceholder('Choose a prompt');
  }

  override getItems(): StoryTask[] {
    return [...this.tasks];
  }

  override getItemText(task: StoryTask): string {
    return task.source === 'note' ? `${task.name} (${task.path})` : task.name;
  }

  override onChooseItem(task: StoryTask): void {
    this.run(task);
  }
}
