import { useState, type FormEvent } from 'react';
import type { Platform } from '../utils/model/detected-item';
import type { OwnerIdentity } from '../utils/model/owner';
import { settingsSchema, type Settings } from '../utils/model/settings';
import { companyNameSchema } from '../utils/model/setup';
import { PLATFORMS, perPlatform } from '../utils/platforms/platforms';
import {
  loadToneGuide,
  starterGuideFiles,
  STARTER_LANGUAGES,
  type StarterLanguage,
} from '../utils/tone/default-guide';
import type { ToneGuide } from '../utils/tone/schema';
import { OwnersForm } from './OwnersForm';
import { SaveRefusal } from './SaveFailure';
import { useT } from './i18n';
import { LANGUAGE_LABEL } from './labels';

const targetMinutesSchema = settingsSchema.shape.targetMinutes.unwrap();

export interface FirstRunSetupProps {
  settings: Settings;
  /** The UI language comes first among the languages offered as chosen. */
  uiLanguage: StarterLanguage;
  onComplete: (setup: { settings: Settings; guide: ToneGuide }) => Promise<void>;
}

interface Company {
  name: string;
  owners: OwnerIdentity[];
  targetMinutes: number;
  languages: StarterLanguage[];
}

/**
 * The first run: the company, its pages and languages, then who answers (the options page's
 * owners form, with the pages already in it). Saving makes the company's starter guide from
 * the neutral guide.
 */
export function FirstRunSetup({ settings, uiLanguage, onComplete }: FirstRunSetupProps) {
  const t = useT();
  const [company, setCompany] = useState<Company | null>(null);
  return (
    <section aria-labelledby="setup-heading" className="first-run">
      <h2 id="setup-heading">{t('setupTitle')}</h2>
      <p>{t('setupIntro')}</p>
      {company ? (
        <>
          <p>{t('setupOwnersIntro')}</p>
          <OwnersForm
            settings={{ ...settings, owners: [...company.owners, ...settings.owners] }}
            onSave={async (next) => {
              if (next.owners.length === 0) throw new SaveRefusal(t('setupNeedsOwner'));
              const files = starterGuideFiles({
                company: company.name,
                languages: company.languages,
              });
              await onComplete({
                settings: { ...next, targetMinutes: company.targetMinutes },
                guide: loadToneGuide(files).guide,
              });
            }}
          />
        </>
      ) : (
        <CompanyForm settings={settings} uiLanguage={uiLanguage} onNext={setCompany} />
      )}
    </section>
  );
}

function CompanyForm({
  settings,
  uiLanguage,
  onNext,
}: {
  settings: Settings;
  uiLanguage: StarterLanguage;
  onNext: (company: Company) => void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [pages, setPages] = useState<Record<Platform, string>>(() => perPlatform(() => ''));
  const [target, setTarget] = useState(String(settings.targetMinutes));
  const [languages, setLanguages] = useState<StarterLanguage[]>([
    uiLanguage,
    ...STARTER_LANGUAGES.filter((language) => language !== uiLanguage),
  ]);
  const [problem, setProblem] = useState<string | null>(null);

  function next(event: FormEvent) {
    event.preventDefault();
    const companyName = companyNameSchema.safeParse(name);
    if (!companyName.success) return setProblem(t('setupCompanyInvalid'));
    const owners: OwnerIdentity[] = [];
    for (const { id: platform, name: platformName, profileAddressOf } of PLATFORMS) {
      const link = pages[platform].trim();
      if (!link) continue;
      const address = URL.canParse(link) ? profileAddressOf(link) : undefined;
      if (!address) return setProblem(t('optionsUrlNotProfile', { platform: platformName }));
      owners.push({ platform, name: companyName.data, url: address, source: 'options' });
    }
    const minutes = targetMinutesSchema.safeParse(Number(target));
    if (!minutes.success) return setProblem(t('teamTargetInvalid'));
    if (languages.length === 0) return setProblem(t('setupLanguagesRequired'));
    setProblem(null);
    onNext({ name: companyName.data, owners, targetMinutes: minutes.data, languages });
  }

  function toggle(language: StarterLanguage, chosen: boolean) {
    setLanguages(
      chosen ? [...languages, language] : languages.filter((other) => other !== language),
    );
  }

  return (
    <form onSubmit={next} noValidate className="setup-company">
      <label>
        {t('setupCompanyName')}
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      {PLATFORMS.map(({ id, name }) => (
        <label key={id}>
          {t('setupPageAddress', { platform: name })}
          <input
            type="url"
            value={pages[id]}
            onChange={(e) => setPages({ ...pages, [id]: e.target.value })}
          />
        </label>
      ))}
      <label>
        {t('teamTargetLabel')}
        <input type="number" min={1} value={target} onChange={(e) => setTarget(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('setupLanguages')}</legend>
        {STARTER_LANGUAGES.map((language) => (
          <label key={language}>
            <input
              type="checkbox"
              checked={languages.includes(language)}
              onChange={(e) => toggle(language, e.target.checked)}
            />
            {t(LANGUAGE_LABEL[language])}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('setupNext')}</button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}
