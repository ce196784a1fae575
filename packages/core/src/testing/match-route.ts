import type { FakeRoute } from './fake-step.js';

/** The route a request addressed, with the values taken from its path. */
export interface RouteMatch {
  readonly route: FakeRoute | 'unknown';
  readonly params: Readonly<Record<string, string>>;
}

interface RoutePattern {
  readonly method: string;
  readonly pattern: RegExp;
  readonly route: FakeRoute;
}

const replicate = '/replicate/v1';

const decode = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

const patterns: readonly RoutePattern[] = [
  { method: 'POST', pattern: /^\/v1\/chat\/completions$/, route: 'chat' },
  { method: 'POST', pattern: /^\/v1\/embeddings$/, route: 'embeddings' },
  { method: 'POST', pattern: /^\/v1\/moderations$/, route: 'moderations' },
  { method: 'POST', pattern: /^\/v1\/images\/generations$/, route: 'images' },
  { method: 'POST', pattern: /^\/v1\/audio\/speech$/, route: 'speech' },
  { method: 'POST', pattern: /^\/v1\/audio\/transcriptions$/, route: 'transcriptions' },
  { method: 'POST', pattern: new RegExp(`^${replicate}/predictions$`), route: 'predictions.create' },
  {
    method: 'POST',
    pattern: new RegExp(`^${replicate}/(?<kind>models|deployments)/(?<owner>[^/]+)/(?<name>[^/]+)/predictions$`),
    route: 'predictions.create',
  },
  { method: 'GET', pattern: new RegExp(`^${replicate}/predictions/(?<id>[^/]+)$`), route: 'predictions.get' },
  {
    method: 'POST',
    pattern: new RegExp(`^${replicate}/predictions/(?<id>[^/]+)/cancel$`),
    route: 'predictions.cancel',
  },
  { method: 'GET', pattern: /^\/files\/(?<name>[^/]+)$/, route: 'files' },
  { method: 'POST', pattern: /^\/v1\/files$/, route: 'files.upload' },
  { method: 'GET', pattern: /^\/v1\/files\/(?<id>[^/]+)\/content$/, route: 'files.content' },
  { method: 'POST', pattern: /^\/v1\/batches$/, route: 'batches.create' },
  { method: 'GET', pattern: /^\/v1\/batches\/(?<id>[^/]+)$/, route: 'batches.get' },
  { method: 'POST', pattern: /^\/v1\/batches\/(?<id>[^/]+)\/cancel$/, route: 'batches.cancel' },
];

/** Finds the route for a method and a path (the query is ignored); `unknown` when nothing matches. */
export function matchRoute(method: string, path: string): RouteMatch {
  const pathname = path.split('?')[0] ?? '';
  for (const candidate of patterns) {
    if (candidate.method !== method.toUpperCase()) continue;
    const match = candidate.pattern.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(match.groups ?? {})) {
      if (value !== undefined) params[key] = decode(value);
    }
    return { route: candidate.route, params };
  }
  return { route: 'unknown', params: {} };
}
