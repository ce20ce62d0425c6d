import { intentSchema, type LanguageCode, type Template } from '../../utils/tone/schema';
import { useT } from '../i18n';
import { useIntentLabel, useLanguageName } from '../labels';
import { matchesFilter, type ReplyFilter } from './reply-draft';

/** The guide's replies with a search box and filters; a reply opens in the form when chosen. */
export function ReplyList({
  templates,
  languages,
  filter,
  selectedId,
  onFilterChange,
  onSelect,
}: {
  templates: readonly Template[];
  languages: readonly LanguageCode[];
  filter: ReplyFilter;
  selectedId: string | null;
  onFilterChange: (filter: ReplyFilter) => void;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const languageName = useLanguageName();
  const intentLabel = useIntentLabel();
  const shown = templates.filter((template) => matchesFilter(template, filter));
  return (
    <div className="reply-list">
      <div className="reply-filters">
        <label>
          {t('repliesSearch')}
          <input
            type="search"
            value={filter.query}
            onChange={(e) => onFilterChange({ ...filter, query: e.target.value })}
          />
        </label>
        <label>
          {t('repliesFilterLanguage')}
          <select
            value={filter.language}
            onChange={(e) =>
              onFilterChange({ ...filter, language: e.target.value as ReplyFilter['language'] })
            }
          >
            <option value="">{t('repliesAll')}</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('repliesFilterIntent')}
          <select
            value={filter.intent}
            onChange={(e) =>
              onFilterChange({ ...filter, intent: e.target.value as ReplyFilter['intent'] })
            }
          >
            <option value="">{t('repliesAll')}</option>
            {intentSchema.options.map((intent) => (
              <option key={intent} value={intent}>
                {intentLabel(intent)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status">{t('repliesCount', { shown: shown.length, total: templates.length })}</p>
      {shown.length === 0 ? (
        <p>{t('repliesNone')}</p>
      ) : (
        <ul className="replies" aria-label={t('repliesListLabel')}>
          {shown.map((template) => (
            <li key={template.id} data-testid="saved-reply">
              <button
                type="button"
                className="reply-choice"
                aria-current={template.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(template.id)}
              >
                <span className="reply-id">{template.id}</span>
                <span className="reply-meta">
                  {languageName(template.language)}
                  {' · '}
                  {template.intents.map(intentLabel).join(', ')}
                  {template.shortcut && (
                    <>
                      {' · '}
                      <kbd>{template.shortcut}</kbd>
                    </>
                  )}
                </span>
                <span className="reply-text" lang={template.language}>
                  {template.text}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
