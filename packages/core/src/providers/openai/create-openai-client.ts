import OpenAI from 'openai';
import type { ProviderContext } from '../provider-context.js';
import { rejectHtmlPages } from './reject-html-pages.js';

/** How to reach an OpenAI-style API. */
export interface OpenAIClientSettings {
  readonly apiKey: string;
  readonly baseURL: string;
  readonly organization?: string;
  readonly project?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The one place the openai SDK client is made. */
export function createOpenAIClient(context: ProviderContext, settings: OpenAIClientSettings, totalTimeoutMs: number): OpenAI {
  return new OpenAI({
    apiKey: settings.apiKey,
    // Always explicit, so the SDK never falls back to reading environment variables.
    baseURL: settings.baseURL,
    organization: settings.organization ?? null,
    project: settings.project ?? null,
    ...(settings.headers === undefined ? {} : { defaultHeaders: settings.headers }),
    fetch: rejectHtmlPages(context.policy.fetch, context.provider),
    // Our call policy is the only retry layer: two layers would multiply attempts and ignore each other's waits.
    maxRetries: 0,
    timeout: totalTimeoutMs,
    logLevel: 'off',
    // Reelkit runs in hosts the SDK mistakes for a browser page: Obsidian's renderer, UXP, the VS Code web
    // worker. The key never comes from or goes to a web page there: it is the user's own, read from the host's
    // secret store, and sent only to the endpoint the user chose.
    dangerouslyAllowBrowser: true,
  });
}
