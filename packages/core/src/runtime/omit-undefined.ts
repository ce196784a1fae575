/** `T` with every property that may be `undefined` made optional and `undefined` taken out of its type. */
export type OmitUndefined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * A copy of `value` without its `undefined` properties: the one way to pass optional fields on under
 * `exactOptionalPropertyTypes`, instead of a `...(x === undefined ? {} : { x })` spread per field.
 */
export function omitUndefined<T extends object>(value: T): OmitUndefined<T> {
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) copy[key] = entry;
  return copy as OmitUndefined<T>;
}
