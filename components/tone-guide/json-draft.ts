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

type JsonPlace = { line: number; column: number } | null;

/**
 * Where JSON.parse stopped, from its message: the engine writes it in English ("… at position 12
 * (line 2 column 3)", Firefox "… at line 2 column 3"), so only the place is shown, in the UI
 * language; the end of the text when the input ended early, null when the message names none.
 */
function jsonErrorPlace(text: string, message: string): JsonPlace {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of/i.test(message) ? text.length : null;
  if (offset === null) return null;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export function readJson(
  text: string,
): { ok: true; value: Json } | { ok: false; place: JsonPlace } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch (error) {
    return { ok: false, place: jsonErrorPlace(text, error instanceof Error ? error.message : '') };
  }
}
