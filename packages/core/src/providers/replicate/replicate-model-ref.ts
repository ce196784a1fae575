import { ReelkitError } from '../../errors/reelkit-error.js';

/** A Replicate model: `owner/name` (latest version) or `owner/name:version` (pinned). */
export interface ReplicateModelRef {
  readonly owner: string;
  readonly name: string;
  readonly version?: string;
}

/** Parses `owner/name` or `owner/name:version`; throws a ReelkitError naming the bad slug. */
export function parseReplicateModelRef(slug: string): ReplicateModelRef {
  const match = /^([\w.-]+)\/([\w.-]+)(?::([0-9a-f]{64}))?$/.exec(slug.trim());
  if (match === null) {
    throw new ReelkitError({
      code: 'invalid_argument',
      message: `"${slug}" is not a Replicate model.`,
      hint: 'Write it as owner/name, or owner/name:<64-character version id> to pin a version.',
    });
  }
  const [, owner = '', name = '', version] = match;
  return version === undefined ? { owner, name } : { owner, name, version };
}

/** The slug of a reference, with its version when pinned. */
export function formatReplicateModelRef(ref: ReplicateModelRef): string {
  return ref.version === undefined ? `${ref.owner}/${ref.name}` : `${ref.owner}/${ref.name}:${ref.version}`;
}
