// Reading and changing a tone guide draft that is only JSON so far: the form edits it in place.

/** The guide as the person's JSON text holds it: anything, until the schema has read it. */
export type Json = unknown;
/** Where in the draft a form field writes: object keys and array indexes. */
export type Path = (string | number)[];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function getAt(value: Json, path: Path): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

/** A copy of `value` with `path` set, creating objects on the way. */
export function setAt(value: Json, path: Path, next: unknown): Json {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value];
    copy[head] = setAt(copy[head], rest, next);
    return copy;
  }
  const base = isRecord(value) ? value : {};
  return { ...base, [head]: setAt(base[String(head)], rest, next) };
}

export const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
export const asText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
export const asNumber = (text: string): number | string =>
  text.trim() === '' ? text : Number(text);
export const pretty = (value: Json) => JSON.stringify(value, null, 2);

export function readJson(text: string): { ok: true; value: Json } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
