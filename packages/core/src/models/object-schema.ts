import { Validator } from '@cfworker/json-schema';
import type { SchemaIssue } from '../errors/schema-mismatch-error.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** A JSON Schema (draft 2020-12 subset that OpenAI's strict structured outputs accept). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** A named schema for structured output, with the validator that proves a value matches it. */
export interface ObjectSchema<T> {
  /** Name sent to the provider (`[a-zA-Z0-9_-]`, at most 64 characters). */
  readonly name: string;
  readonly description?: string;
  readonly jsonSchema: JsonSchema;
  /** Checks a parsed value; an empty list means it matches and may be treated as `T`. */
  validate(value: unknown): readonly SchemaIssue[];
  /** Phantom field carrying `T`; never set. */
  readonly __type?: T;
}

/**
 * An ObjectSchema validated by `@cfworker/json-schema`, which needs no code generation (`eval`) and so runs in
 * every host, including UXP and the VS Code web worker.
 */
export function createObjectSchema<T>(name: string, jsonSchema: JsonSchema, description?: string): ObjectSchema<T> {
  const validator = new Validator(jsonSchema as never, '2020-12', false);
  return {
    name,
    ...omitUndefined({ description }),
    jsonSchema,
    validate(value) {
      const { valid, errors } = validator.validate(value);
      if (valid) return [];
      // The validator reports a summary per keyword and then the leaf failures; the leaves are what a user can act on.
      const leaves = errors.filter((error) => !['properties', 'items', 'allOf', 'anyOf', '$ref'].includes(error.keyword));
      return (leaves.length > 0 ? leaves : errors).map((error) => ({
        path: error.instanceLocation.replace(/^#/, ''),
        message: error.error,
      }));
    },
  };
}
