import { useState, type FormEvent, type ReactNode } from 'react';
import type { Platform } from '../utils/model/detected-item';
import type { OwnerIdentity } from '../utils/model/owner';
import type { Settings } from '../utils/model/settings';
import { PLATFORMS, platformById } from '../utils/platforms/platforms';
import { useT } from './i18n';
import { SaveFailure } from './SaveFailure';

export interface OwnersFormProps {
  settings: Settings;
  onSave: (settings: Settings) => Promise<void>;
}

/** The platform whose profile or page a pasted link names, if any. */
function platformOfLink(link: string): Platform | undefined {
  return PLATFORMS.find((platform) => platform.profileAddressOf(link))?.id;
}

/**
 * Who answers for the company, and the agent's own name. An identity is asked for by its address
 * first (a pasted profile link, normalised): a display name alone can be imitated (DESIGN §3).
 */
export function OwnersForm({ settings, onSave }: OwnersFormProps) {
  const t = useT();
  const [owners, setOwners] = useState<OwnerIdentity[]>(settings.owners);
  const [agentName, setAgentName] = useState(settings.agentName);
  const [platform, setPlatform] = useState<Platform>(PLATFORMS[0].id);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<ReactNode>(null);

  function addOwner(event: FormEvent) {
    event.preventDefault();
    const link = url.trim();
    let address: string | undefined;
    if (link) {
      if (!URL.canParse(link)) return setProblem(t('optionsUrlInvalid'));
      address = platformById(platform).profileAddressOf(link);
      if (!address) {
        return setProblem(t('optionsUrlNotProfile', { platform: platformById(platform).name }));
      }
    }
    if (!name.trim()) return setProblem(t('optionsNameRequired'));
    setProblem(null);
    setOwners([...owners, { platform, name: name.trim(), url: address, source: 'options' }]);
    setName('');
    setUrl('');
  }

  /** A pasted link of the other platform's profile chooses that platform. */
  function changeUrl(value: string) {
    setUrl(value);
    const linked = platformOfLink(value);
    if (linked) setPlatform(linked);
  }

  async function save() {
    setStatus(null);
    try {
      await onSave({ ...settings, owners, agentName: agentName.trim() });
      setStatus(t('optionsSaved'));
    } catch (error) {
      setStatus(<SaveFailure error={error} />);
    }
  }

  return (
    <section aria-labelledby="owners-heading">
      <h2 id="owners-heading">{t('optionsOwnersTitle')}</h2>
      <p>{t('optionsOwnersHelp')}</p>
      {owners.length === 0 ? (
        <p>{t('optionsOwnersEmpty')}</p>
      ) : (
        <ul className="owners">
          {owners.map((owner, index) => (
            <li key={`${owner.platform}:${owner.name}:${index}`}>
              <span>
                {platformById(owner.platform).name}: <bdi>{owner.name}</bdi>
                {owner.url && (
                  <>
                    {' ('}
                    <bdi>{owner.url}</bdi>)
                  </>
                )}
                {!owner.url && <small className="level-late"> {t('optionsOwnerNameOnly')}</small>}
              </span>
              <button
                type="button"
                className="secondary"
                aria-label={t('optionsOwnerRemove', { name: owner.name })}
                onClick={() => setOwners(owners.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={addOwner} className="owner-form" noValidate>
        <label>
          {t('optionsOwnerPlatform')}
          <select value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
            {PLATFORMS.map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('optionsOwnerUrl')}
          <input value={url} onChange={(e) => changeUrl(e.target.value)} type="url" />
        </label>
        <label>
          {t('optionsOwnerName')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">{t('optionsOwnerAdd')}</button>
        {problem && <p role="alert">{problem}</p>}
      </form>
      <label className="agent">
        {t('optionsAgentName')}
        <input value={agentName} onChange={(e) => setAgentName(e.target.value)} />
      </label>
      <button type="button" onClick={() => void save()}>
        {t('optionsSave')}
      </button>
      {status && <div role="status">{status}</div>}
    </section>
  );
}
