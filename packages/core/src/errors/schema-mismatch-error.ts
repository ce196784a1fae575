import { ReelkitError } from './reelkit-error.js';

/** One way a value failed its schema. */
export interface SchemaIssue {
  /** JSON Pointer to the offending value, `""` for the root. */
  readonly path: string;
  readonly message: string;
}

/** A model's structured output did not match the requested schema. */
export class SchemaMismatchError extends ReelkitError {
  readonly issues: readonly SchemaIssue[];
  /** The raw text the model produced, for display and debugging. */
  readonly text: string;

  constructor(schemaName: string, issues: readonly SchemaIssue[], text: string) {
    const first = issues[0];
    super({
      code: 'schema_mismatch',
      message: `The model's output does not match the schema "${schemaName}"${first === undefined ? '' : ` (${first.path || '/'}: ${first.message})`}.`,
      hint: 'Try again, or use a model that supports structured outputs.',
    });
    this.name = 'SchemaMismatchError';
    this.issues = issues;
    this.text = text;
  }
}
