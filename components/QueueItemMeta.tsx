import type { Item } from '../utils/model/item';
import type { ReplyWindow } from '../utils/stats/waiting';
import { useT } from './i18n';
import { useIntentLabel } from './labels';
import { ReplyWindowStatus } from './QueueReplyWindow';

/** What the queue adds to a row: a crisis or complaint mark, a frequent commenter, who it is assigned to, its reply window. */
export function QueueItemMeta({
  item,
  frequent,
  replyWindow,
}: {
  item: Item;
  frequent: boolean;
  replyWindow?: ReplyWindow;
}) {
  const t = useT();
  const intentLabel = useIntentLabel();
  const urgent = item.intent === 'crisis' || item.intent === 'complaint' ? item.intent : null;
  return (
    <>
      {urgent && (
        <>
          {' '}
          <span className={`marker ${urgent}`} data-testid="urgent-marker">
            {intentLabel(urgent)}
          </span>
        </>
      )}
      {frequent && (
        <>
          {' '}
          <span className="marker frequent">{t('queueFrequent')}</span>
        </>
      )}
      {item.assignee && (
        <>
          {' '}
          <span className="assignee">{t('queueAssignedTo', { name: item.assignee })}</span>
        </>
      )}
      {replyWindow && (
        <>
          {' '}
          <ReplyWindowStatus window={replyWindow} />
        </>
      )}
    </>
  );
}
