import type { ReactNode } from 'react';
import type { Breach } from '../../utils/stats/response-times';
import { useT } from '../i18n';

/** The waits that went past the target in the period, answered or still waiting. */
export function BreachList({
  breaches,
  itemLine,
  duration,
  formatCount,
}: {
  breaches: readonly Breach[];
  /** Who wrote the item and what, as the stats view names items. */
  itemLine: (itemKey: string) => ReactNode;
  duration: (ms: number | null) => string;
  formatCount: (n: number) => string;
}) {
  const t = useT();
  return (
    <>
      <h3>{t('statsBreaches', { n: formatCount(breaches.length) })}</h3>
      {breaches.length === 0 ? (
        <p>{t('statsNoBreaches')}</p>
      ) : (
        <ul data-testid="stats-breaches">
          {breaches.map((breach) => (
            <li key={breach.itemKey}>
              {itemLine(breach.itemKey)}{' '}
              <span className="meta">
                {breach.answered
                  ? t('statsBreachAnswered', {
                      age: duration(breach.waitedMs),
                      agent: breach.agent || t('statsAgentUnknown'),
                    })
                  : t('statsBreachWaiting', { age: duration(breach.waitedMs) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
