/** Variables a template may use; `{name|fallback}` gives the text used when the value is unknown. */
export const KNOWN_VARIABLES = ['firstName', 'pageName', 'agentName', 'cursor'] as const;
export type VariableName = (typeof KNOWN_VARIABLES)[number];

export interface VariableUse {
  name: string;
  fallback: string | undefined;
  start: number;
  end: number;
}

const VARIABLE_PATTERN = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([^{}]*))?\}/g;

export function isKnownVariable(name: string): name is VariableName {
  return (KNOWN_VARIABLES as readonly string[]).includes(name);
}

export function findVariables(text: string): VariableUse[] {
  return [...text.matchAll(VARIABLE_PATTERN)].map((match) => ({
    name: match[1],
    fallback: match[2],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
