import { isRecord } from './is-record.js';

const maxDepth = 32;

const resolveRef = (root: Record<string, unknown>, ref: string): unknown => {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(1).split('/').filter(Boolean)) {
    node = isRecord(node) ? node[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return node;
};

/** 1 when the schema allows it, else the smallest allowed value (whole for integers). */
const numberWithin = (schema: Record<string, unknown>, whole: boolean): number => {
  const minimum = typeof schema['minimum'] === 'number' ? schema['minimum'] : undefined;
  const exclusive = typeof schema['exclusiveMinimum'] === 'number' ? schema['exclusiveMinimum'] : undefined;
  const maximum = typeof schema['maximum'] === 'number' ? schema['maximum'] : undefined;
  let value = 1;
  if (minimum !== undefined && value < minimum) value = minimum;
  if (exclusive !== undefined && value <= exclusive) value = whole ? Math.floor(exclusive) + 1 : exclusive + 1;
  if (maximum !== undefined && value > maximum) value = maximum;
  return whole ? Math.ceil(value) : value;
};

const instanceOf = (schema: unknown, root: Record<string, unknown>, depth: number): unknown => {
  if (!isRecord(schema) || depth > maxDepth) return null;
  if ('const' in schema) return schema['const'];
  if (Array.isArray(schema['enum'])) return schema['enum'][0] ?? null;
  if (typeof schema['$ref'] === 'string') return instanceOf(resolveRef(root, schema['$ref']), root, depth + 1);
  for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
    const options = schema[keyword];
    if (Array.isArray(options) && options.length > 0) return instanceOf(options[0], root, depth + 1);
  }
  const declared = schema['type'];
  const type = Array.isArray(declared) ? (declared.find((name) => name !== 'null') ?? declared[0]) : declared;
  const kind = type ?? (isRecord(schema['properties']) ? 'object' : 'items' in schema ? 'array' : undefined);
  switch (kind) {
    case 'object': {
      const properties = isRecord(schema['properties']) ? schema['properties'] : {};
      return Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, instanceOf(property, root, depth + 1)]),
      );
    }
    case 'array': {
      const count = Math.max(1, typeof schema['minItems'] === 'number' ? schema['minItems'] : 1);
      return Array.from({ length: count }, () => instanceOf(schema['items'], root, depth + 1));
    }
    case 'string': {
      const minLength = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
      return 'text'.padEnd(minLength, 'x');
    }
    case 'number':
    case 'integer':
      return numberWithin(schema, kind === 'integer');
    case 'boolean':
      return true;
    default:
      return null;
  }
};

/**
 * A minimal deterministic instance of a JSON Schema: every property filled, strings `"text"` (padded to
 * `minLength`), numbers 1 (or the nearest bound), booleans true, arrays of one item (or `minItems`), enums their
 * first value, unions their first branch.
 */
export function createJsonSchemaInstance(schema: unknown): unknown {
  return instanceOf(schema, isRecord(schema) ? schema : {}, 0);
}
