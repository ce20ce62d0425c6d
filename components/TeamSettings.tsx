import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { settingsSchema, type Settings } from '../utils/model/settings';
import { useT } from './i18n';
import { SaveFailure } from './SaveFailure';

export interface TeamSettingsProps {
  settings: Settings;
  onSave: (settings: Settings) => Promise<void>;
}

const targetMinutesSchema = settingsSchema.shape.targetMinutes.unwrap();

/** The team's target response time and the colleagues items can be assigned to. */
export function TeamSettings({ settings, onSave }: TeamSettingsProps) {
  const t = useT();
  const id = useId();
  const [target, setTarget] = useState(String(settings.targetMinutes));
  const [colleagues, setColleagues] = useState<string[]>(settings.colleagues);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<ReactNode>(null);

  function addColleague(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setProblem(t('optionsNameRequired'));
    if (colleagues.some((known) => known.toLowerCase() === trimmed.toLowerCase())) {
      return setProblem(t('teamColleagueDuplicate', { name: trimmed }));
    }
    setProblem(null);
    setColleagues([...colleagues, trimmed]);
    setName('');
  }

  async function save() {
    setStatus(null);
    const minutes = targetMinutesSchema.safeParse(Number(target));
    if (!minutes.success) return setProblem(t('teamTargetInvalid'));
    setProblem(null);
    try {
      await onSave({ ...settings, targetMinutes: minutes.data, colleagues });
      setStatus(t('optionsSaved'));
    } catch (error) {
      setStatus(<SaveFailure error={error} />);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('teamTitle')}</h2>
      <label htmlFor={`${id}-target`}>{t('teamTargetLabel')}</label>
      <input
        id={`${id}-target`}
        type="number"
        inputMode="numeric"
        min={1}
        max={7 * 24 * 60}
        step={1}
        value={target}
        aria-describedby={`${id}-target-help`}
        onChange={(e) => setTarget(e.target.value)}
      />
      <p id={`${id}-target-help`}>{t('teamTargetHelp')}</p>
      <h3 id={`${id}-colleagues`}>{t('teamColleagues')}</h3>
      {colleagues.length === 0 ? (
        <p>{t('teamColleaguesEmpty')}</p>
      ) : (
        <ul className="owners" aria-labelledby={`${id}-colleagues`}>
          {colleagues.map((colleague) => (
            <li key={colleague}>
              <span>{colleague}</span>
              <button
                type="button"
                className="secondary"
                aria-label={t('teamColleagueRemove', { name: colleague })}
                onClick={() => setColleagues(colleagues.filter((other) => other !== colleague))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={addColleague}>
        <label htmlFor={`${id}-name`}>{t('teamColleagueName')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit">{t('teamColleagueAdd')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      <button type="button" onClick={() => void save()}>
        {t('optionsSave')}
      </button>
      {status && <div role="status">{status}</div>}
    </section>
  );
}
