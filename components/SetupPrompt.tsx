import { useT } from './i18n';

/** Shown instead of any count until the company has said who answers for it. */
export function SetupPrompt({ onOpenSetup }: { onOpenSetup: () => void }) {
  const t = useT();
  return (
    <section aria-labelledby="setup-prompt-heading" className="setup-prompt">
      <h2 id="setup-prompt-heading">{t('setupPromptTitle')}</h2>
      <p>{t('setupPromptDetail')}</p>
      <button type="button" onClick={onOpenSetup}>
        {t('setupPromptButton')}
      </button>
    </section>
  );
}
