import type { ReplyWindow } from '../utils/stats/waiting';
import { formatAge } from '../utils/i18n/translate';
import { useT } from './i18n';

/** Time left to answer a Facebook DM within Meta's 24-hour and 7-day human-agent windows. */
export function ReplyWindowStatus({ window }: { window: ReplyWindow }) {
  const t = useT();
  if (window.expired) return <span className="reply-window closed">{t('replyWindowExpired')}</span>;
  return (
    <span className={`reply-window${window.standardOpen ? '' : ' closing'}`}>
      {window.standardOpen
        ? t('replyWindowStandardLeft', { time: formatAge(window.standardLeftMs, t) })
        : t('replyWindowStandardClosed')}
      {' · '}
      {t('replyWindowHumanAgentLeft', { time: formatAge(window.humanAgentLeftMs, t) })}
    </span>
  );
}
