/**
 * One area's strings in a language other than English: every key of the area's English strings,
 * and no other (the checker refuses a missing or an extra key).
 */
export type AreaCatalogue<English> = Record<keyof English, string>;
