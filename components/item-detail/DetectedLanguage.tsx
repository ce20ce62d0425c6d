import type { SuggestResult } from '../../utils/suggest/suggest';
import type { LanguageCode, ToneGuide } from '../../utils/tone/schema';
import { useT } from '../i18n';
import { LANGUAGE_LABEL, useLanguageName } from '../labels';

/** The language Svara read the message in (or the one chosen), and the guide's languages to switch to. */
export function DetectedLanguage({
  result,
  detectedLanguage,
  guide,
  onSwitch,
}: {
  result: SuggestResult;
  /** The template language detection chose, before any choice. */
  detectedLanguage?: LanguageCode;
  guide: ToneGuide | null;
  onSwitch: (language: LanguageCode) => void;
}) {
  const t = useT();
  const languageName = useLanguageName();
  const chosen =
    result.languageInGuide && detectedLanguage && result.templateLanguage !== detectedLanguage;
  return (
    <div className="item-language">
      <p
        data-testid="item-language"
        data-language={result.language}
        data-in-guide={result.languageInGuide}
      >
        {chosen
          ? t('detailLanguageChosen', {
              language: languageName(result.templateLanguage),
              detected: languageName(detectedLanguage),
            })
          : t(result.languageFallback ? 'detailLanguageUnsure' : 'detailLanguageDetected', {
              language: languageName(result.language),
            })}
      </p>
      {!result.languageInGuide && (
        <p role="note" data-testid="language-not-in-guide">
          {t('detailLanguageNotInGuide', {
            language: languageName(result.language),
            templateLanguage: languageName(result.templateLanguage),
          })}
        </p>
      )}
      {guide && guide.languages.supported.length > 1 && (
        <div role="group" aria-label={t('detailLanguageSwitch')} className="language-switch">
          {guide.languages.supported.map((code) => (
            <button
              key={code}
              type="button"
              className="secondary"
              lang={code}
              aria-pressed={code === result.templateLanguage}
              style={code === result.templateLanguage ? { fontWeight: 'bold' } : undefined}
              onClick={() => code !== result.templateLanguage && onSwitch(code)}
            >
              {t(LANGUAGE_LABEL[code])}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
