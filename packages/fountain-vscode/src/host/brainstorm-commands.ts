import * as vscode from 'vscode';
import type { GuardedResult } from '@reelkit/core/guard';
import { generateCharacterBackground, generateLoglines, generatePlotTwists, generateStoryIdeas, type TaskContext } from '@reelkit/core/tasks/writing';
import { readAiCommandArguments, type AiCommandArguments } from '../ai-command-arguments.js';
import { blockInsertion } from '../block-insertion.js';
import { characterBackgroundOption, loglineOptions, plotTwistOptions, storyIdeaOptions, type IdeaOption } from '../idea-notes.js';
import { rankSpeakers } from '../rank-speakers.js';
import { resolveAiTarget, type AiTarget } from './ai-target.js';
import type { DocumentModels } from './document-models.js';
import { runAiEdit, type AiEditOutcome, type AiEditServices } from './run-ai-edit.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** How much of the script grounds a background or twists: its start (premise and cast) is what they need most. */
const storyChars = 8000;

interface Brainstorm<Output> {
  readonly title: string;
  /** What to ask for when the arguments give no prompt; `undefined` when the script itself is the prompt. */
  readonly ask?: string;
  /** Who or what it is about, asked before generating (the character of a background). */
  readonly subject?: (target: AiTarget, args: AiCommandArguments) => Thenable<string | undefined>;
  readonly generate: (context: TaskContext, prompt: string, subject: string) => Promise<GuardedResult<Output>>;
  readonly options: (output: Output) => IdeaOption[];
}

/** Registers the brainstorming commands (story ideas, loglines, character background, plot twists); the option picked goes in as a Fountain note. */
export function registerBrainstormCommands(services: AiEditServices, models: DocumentModels): vscode.Disposable {
  const register = <Output>(command: string, brainstorm: Brainstorm<Output>): vscode.Disposable =>
    vscode.commands.registerCommand(command, async (argument?: unknown): Promise<AiEditOutcome> => {
      const args = readAiCommandArguments(argument);
      const target = resolveAiTarget(args);
      if (target === undefined) return 'refused';
      const prompt = args.prompt ?? (brainstorm.ask === undefined ? target.document.getText().slice(0, storyChars) : await vscode.window.showInputBox({ title: `Reelkit: ${brainstorm.title}`, prompt: brainstorm.ask }));
      if (prompt === undefined || prompt.trim() === '') return 'refused';
      const subject = brainstorm.subject === undefined ? '' : await brainstorm.subject(target, args);
      if (subject === undefined) return 'refused';
      const script = target.document.getText();
      return runAiEdit(services, {
        title: brainstorm.title,
        document: target.document,
        generate: (context) => brainstorm.generate(context, prompt, subject),
        toEdit: async (output) => {
          const picked = await pick(brainstorm.title, brainstorm.options(output), args);
          return picked === undefined ? undefined : blockInsertion(script, target.cursor, picked.note);
        },
        ...omitUndefined({ decided: args.decision }),
      });
    });

  return vscode.Disposable.from(
    register('reelkit.generateStoryIdeas', {
      title: 'Story ideas',
      ask: 'A theme, image or question to build stories around',
      generate: (context, theme) => generateStoryIdeas(context, { theme }),
      options: (output) => storyIdeaOptions(output.ideas),
    }),
    register('reelkit.generateLoglines', {
      title: 'Loglines',
      ask: 'The idea to write loglines for',
      generate: (context, idea) => generateLoglines(context, { idea }),
      options: (output) => loglineOptions(output.options),
    }),
    register('reelkit.generateCharacterBackground', {
      title: 'Character background',
      subject: (target, args) =>
        args.character !== undefined
          ? Promise.resolve(args.character)
          : vscode.window.showQuickPick(rankSpeakers(models.get(target.document).screenplay, target.cursor), { title: 'Reelkit: Character background', placeHolder: 'For which character?' }),
      generate: (context, story, name) => generateCharacterBackground(context, { name, story }),
      options: (output) => [characterBackgroundOption(output)],
    }),
    register('reelkit.generatePlotTwists', {
      title: 'Plot twists',
      generate: (context, outline) => generatePlotTwists(context, { outline }),
      options: (output) => plotTwistOptions(output.twists),
    }),
  );
}

async function pick(title: string, options: readonly IdeaOption[], args: AiCommandArguments): Promise<IdeaOption | undefined> {
  if (args.option !== undefined) return options[args.option];
  if (options.length === 1) return options[0];
  const chosen = await vscode.window.showQuickPick(
    options.map((option) => ({ label: option.label, detail: option.detail, option })),
    { title: `Reelkit: ${title}`, placeHolder: 'Pick one to add to the script as a note (you will see it before it is applied)', matchOnDetail: true },
  );
  return chosen?.option;
}
