import type { ToneFinding, ToneFindingGroup } from '../tone/check';
import { guideTextIn, intentSchema, type Intent } from '../tone/schema';
import type { SuggestionReason } from '../suggest/retrieval';
import type { Translate } from './translate';

/** How the panel names languages and intents in the UI language. */
export interface Names {
  language: (code: string) => string;
  intent: (intent: Intent) => string;
}

/** Why a suggestion was offered, in the UI language. */
export function suggestionReasonText(reason: SuggestionReason, t: Translate, names: Names): string {
  switch (reason.kind) {
    case 'language':
      return reason.wanted
        ? t('reasonSuggestionOtherLanguage', {
            language: names.language(reason.language),
            wanted: names.language(reason.wanted),
          })
        : t('reasonSuggestionLanguage', { language: names.language(reason.language) });
    case 'intent':
      return t('reasonSuggestionIntent', {
        intents: reason.intents.map(names.intent).join(', '),
      });
    case 'triggers':
      return t('reasonSuggestionTriggers', { words: reason.words.join(', ') });
    case 'holding':
      return t('reasonSuggestionHolding', { rule: reason.ruleId });
    case 'signOff':
      return t('reasonSuggestionSignOff');
    case 'rewritten':
      return t('reasonSuggestionRewritten');
  }
}

/**
 * A tone finding's message in the UI language: Svara's own by key (an intent parameter named),
 * a guide rule's in the UI language when the guide wrote it per language, else as written.
 */
export function findingText(
  finding: ToneFinding | ToneFindingGroup,
  t: Translate,
  names: Names & { uiLanguage: string },
): string {
  if (finding.messageKey) {
    const params = { ...finding.params };
    const intent = intentSchema.safeParse(params.intent);
    if (intent.success) params.intent = names.intent(intent.data);
    return t(finding.messageKey, params);
  }
  return finding.localized ? guideTextIn(finding.localized, [names.uiLanguage]) : finding.message;
}
