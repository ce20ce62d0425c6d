import type { Intent, LanguageCode, ReplySurface } from '../tone/schema';

export interface RewriteContext {
  language: LanguageCode;
  surface: ReplySurface;
  intents: readonly Intent[];
  /** The message being answered. */
  message: string;
}

/**
 * An optional on-device model that polishes a filled template. Svara works without one; when
 * present, its output is tone-checked like any other text.
 */
export interface SuggestionRewriter {
  rewrite(text: string, context: RewriteContext): Promise<string>;
}
