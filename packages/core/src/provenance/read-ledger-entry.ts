import type { LedgerEntry } from './ledger-entry.js';
import { isC2paAction, isDigitalSourceType } from './provenance-vocabulary.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isHex64 = (value: unknown): boolean => isString(value) && value.length === 64 && /^[0-9a-f]+$/.test(value);
const optional = (record: Json, key: string, test: (value: unknown) => boolean): boolean => record[key] === undefined || test(record[key]);

const commonKeys = ['v', 'id', 'prev', 'time', 'type'];
const eventKeys = new Set([
  ...commonKeys,
  ...['actor', 'action', 'digitalSourceType', 'provider', 'model', 'modelVersion', 'requestId', 'promptDigest', 'prompt'],
  ...['parameters', 'outputDigest', 'span', 'checks', 'usage', 'cost', 'source'],
]);
const checkpointKeys = new Set([...commonKeys, 'count', 'algorithm', 'keyId', 'publicKey', 'signature']);

const isSpan = (value: unknown): boolean =>
  isRecord(value) &&
  ['exact', 'prefix', 'suffix'].every((key) => isString(value[key])) &&
  isCount(value['start']) &&
  isCount(value['end']) &&
  (value['end'] as number) - (value['start'] as number) === (value['exact'] as string).length;

const isChecks = (value: unknown): boolean =>
  isRecord(value) &&
  ['total', 'errors', 'warnings', 'infos'].every((key) => isCount(value[key])) &&
  Array.isArray(value['ruleIds']) &&
  value['ruleIds'].every(isString);

const isNumberRecord = (value: unknown): boolean => isRecord(value) && Object.values(value).every((item) => typeof item === 'number');
const isCost = (value: unknown): boolean => isRecord(value) && typeof value['usd'] === 'number' && typeof value['incomplete'] === 'boolean';
const isActor = (value: unknown): boolean =>
  isRecord(value) && ['human', 'ai', 'tool'].includes(value['type'] as string) && optional(value, 'name', isString);
const isPublicKey = (value: unknown): boolean =>
  isRecord(value) && value['kty'] === 'EC' && value['crv'] === 'P-256' && isString(value['x']) && isString(value['y']);

/** Why a parsed line is not a ledger entry, or `undefined` when it is one. */
function findProblem(value: Json): string | undefined {
  if (value['v'] !== 1) return `unknown format version ${JSON.stringify(value['v'])}`;
  if (!isString(value['id']) || value['id'] === '') return 'no id';
  if (!isHex64(value['prev'])) return '"prev" is not a SHA-256 hex digest';
  if (!isString(value['time']) || Number.isNaN(Date.parse(value['time']))) return '"time" is not an ISO date';
  const allowed = value['type'] === 'event' ? eventKeys : value['type'] === 'checkpoint' ? checkpointKeys : undefined;
  if (allowed === undefined) return `unknown entry type ${JSON.stringify(value['type'])}`;
  const unknown = Object.keys(value).find((key) => !allowed.has(key));
  if (unknown !== undefined) return `unknown field "${unknown}"`;
  if (value['type'] === 'checkpoint') {
    if (!isCount(value['count'])) return '"count" is not a whole number';
    if (value['algorithm'] !== 'ES256') return `unsupported signature algorithm ${JSON.stringify(value['algorithm'])}`;
    if (!isString(value['keyId']) || !isString(value['signature'])) return 'no key id or signature';
    return isPublicKey(value['publicKey']) ? undefined : '"publicKey" is not a P-256 public JWK';
  }
  if (!isActor(value['actor'])) return '"actor" is not a human, ai or tool actor';
  if (!isC2paAction(value['action'])) return `unknown C2PA action ${JSON.stringify(value['action'])}`;
  if (!isDigitalSourceType(value['digitalSourceType'])) return `unknown digital source type ${JSON.stringify(value['digitalSourceType'])}`;
  const strings = ['provider', 'model', 'modelVersion', 'requestId', 'promptDigest', 'prompt', 'outputDigest'];
  const badString = strings.find((key) => !optional(value, key, isString));
  if (badString !== undefined) return `"${badString}" is not a string`;
  if (!optional(value, 'span', isSpan)) return '"span" is not a quote selector whose offsets match its text';
  if (!optional(value, 'checks', isChecks)) return '"checks" is not a findings summary';
  if (!optional(value, 'usage', isNumberRecord)) return '"usage" is not a usage record';
  if (!optional(value, 'cost', isCost)) return '"cost" is not a cost record';
  if (!optional(value, 'parameters', isRecord) || !optional(value, 'source', isRecord)) return '"parameters" or "source" is not an object';
  return undefined;
}

/** Reads one parsed ledger line: the entry, or a sentence saying what is wrong with it (never throws). */
export function readLedgerEntry(value: unknown): { readonly entry: LedgerEntry } | { readonly problem: string } {
  if (!isRecord(value)) return { problem: 'the line is not a JSON object' };
  const problem = findProblem(value);
  return problem === undefined ? { entry: value as unknown as LedgerEntry } : { problem };
}
