// Picks the provider the examples run against, from environment variables (examples and the CLI may read them;
// the core never does). Exits with a clear message when none is configured.
import { ReelkitError } from '@reelkit/core/errors';
import { type EmbeddingModel, type ImageModel, type ModerationModel, type SpeechModel, type TextModel, type TranscriptionModel } from '@reelkit/core/models';
import { createOpenAI, createOpenAICompatible, createReplicate, type ReplicateProvider } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';

/** The models an example can use; absent ones are not available with the configured provider. */
export interface ExampleModels {
  readonly description: string;
  readonly text: TextModel;
  readonly moderation?: ModerationModel;
  readonly embedding?: EmbeddingModel;
  readonly image?: ImageModel;
  readonly speech?: SpeechModel;
  readonly transcription?: TranscriptionModel;
  readonly replicate?: ReplicateProvider;
}

const help = `No provider is configured. Set one of:
  OPENAI_API_KEY=sk-...                       (OpenAI; optional OPENAI_BASE_URL)
  REELKIT_LOCAL_BASE_URL=http://localhost:11434/v1 REELKIT_LOCAL_MODEL=llama3.1   (Ollama, LM Studio, llama.cpp;
    optional REELKIT_LOCAL_API_KEY for a server started with a key, e.g. llama-server --api-key)
and, for image, music and video examples, REPLICATE_API_TOKEN=r8_... (optional REPLICATE_BASE_URL).
`;

/** The configured models, or undefined after printing how to configure one. */
export function configuredModels(env: NodeJS.ProcessEnv = process.env): ExampleModels | undefined {
  const runtime = createRuntime();
  const replicate = env['REPLICATE_API_TOKEN']
    ? createReplicate({ apiToken: env['REPLICATE_API_TOKEN'], runtime, ...(env['REPLICATE_BASE_URL'] ? { baseURL: env['REPLICATE_BASE_URL'] } : {}) })
    : undefined;
  if (env['OPENAI_API_KEY']) {
    const openai = createOpenAI({ apiKey: env['OPENAI_API_KEY'], runtime, ...(env['OPENAI_BASE_URL'] ? { baseURL: env['OPENAI_BASE_URL'] } : {}) });
    return {
      description: `OpenAI${env['OPENAI_BASE_URL'] ? ` at ${env['OPENAI_BASE_URL']}` : ''}`,
      text: openai.text(env['REELKIT_TEXT_MODEL'] ?? 'gpt-4.1-mini'),
      moderation: openai.moderation(),
      embedding: openai.embedding(),
      image: replicate?.image() ?? openai.image(),
      speech: openai.speech(),
      transcription: openai.transcription(),
      ...(replicate ? { replicate } : {}),
    };
  }
  if (env['REELKIT_LOCAL_BASE_URL'] && env['REELKIT_LOCAL_MODEL']) {
    const local = createOpenAICompatible({
      baseURL: env['REELKIT_LOCAL_BASE_URL'],
      name: 'local',
      runtime,
      defaultModel: env['REELKIT_LOCAL_MODEL'],
      ...(env['REELKIT_LOCAL_API_KEY'] ? { apiKey: env['REELKIT_LOCAL_API_KEY'] } : {}),
    });
    return {
      description: `local server at ${env['REELKIT_LOCAL_BASE_URL']}`,
      text: local.text(),
      ...(env['REELKIT_LOCAL_EMBEDDING_MODEL'] ? { embedding: local.embedding(env['REELKIT_LOCAL_EMBEDDING_MODEL']) } : {}),
      ...(replicate ? { replicate, image: replicate.image() } : {}),
    };
  }
  process.stderr.write(help);
  return undefined;
}

/** Ends an example that failed: a Reelkit error's message (it says how to fix it), anything else with its stack. */
export function exitWithError(error: unknown): never {
  process.stderr.write(`${ReelkitError.isInstance(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
