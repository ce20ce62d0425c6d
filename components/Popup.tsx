import type { ReplyWindow, WaitingSummary } from '../utils/stats/waiting';
import { formatAge, type MessageKey } from '../utils/i18n/translate';
import { PLATFORMS } from '../utils/platforms/platforms';
import { AttentionNotices } from './AttentionNotices';
import { useT } from './i18n';
import { translateIsolated } from './bidi';
import { ReplyWindowStatus } from './QueueReplyWindow';
import { SetupPrompt } from './SetupPrompt';

/** The popup stays short: the rest of the reply windows are in the side panel. */
const REPLY_WINDOWS_SHOWN = 5;

const AGE_BUCKET_LABEL: Record<keyof WaitingSummary['ageBuckets'], MessageKey> = {
  under15Minutes: 'popupAgeUnder15Minutes',
  under24Hours: 'popupAgeUnder24Hours',
  older: 'popupAgeOlder',
};

export interface WaitingCounts {
  total: number;
  byPlatform: WaitingSummary['byPlatform'];
}

export interface PopupProps {
  /** Counts from the indexes: shown first, before the details have loaded. */
  counts?: WaitingCounts | null;
  /** Null while the details are loading. */
  summary: WaitingSummary | null;
  /** Set when the active tab's page was not recognised. */
  unknownLayout: { reason: string } | null;
  /** Set while the browser's storage is full and new items cannot be saved. */
  storageProblem?: { since: string } | null;
  /** False until owners are set; undefined while not yet read. Only a set-up zero is good news. */
  setUp?: boolean;
  /** Who wrote the oldest waiting item. */
  oldestAuthorName?: string;
  /** Waiting DMs with a reply window, closing soonest first (dmReplyWindows' order). */
  replyWindows?: Array<ReplyWindow & { authorName: string }>;
  onOpenPanel: () => void;
  onOpenOptions: () => void;
}

export function Popup({
  counts,
  summary,
  unknownLayout,
  storageProblem,
  setUp,
  oldestAuthorName,
  replyWindows = [],
  onOpenPanel,
  onOpenOptions,
}: PopupProps) {
  const t = useT();
  const shown = summary ?? counts;
  const zeroIsGood = setUp === true && !unknownLayout && !storageProblem;
  return (
    <main className="popup">
      <h1 className="visually-hidden">{t('appName')}</h1>
      <AttentionNotices storageProblem={!!storageProblem} unknownLayout={!!unknownLayout} />
      {setUp === false && <SetupPrompt onOpenSetup={onOpenOptions} />}
      {shown && setUp !== false && (shown.total > 0 || zeroIsGood) && (
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{t('popupWaiting')}</h2>
          <p className={`count level-${summary?.level ?? 'ok'}`} data-testid="waiting-count">
            {shown.total}
          </p>
          {shown.total === 0 ? (
            <p>{t('popupNobodyWaiting')}</p>
          ) : (
            <>
              <ul className="per-platform">
                {PLATFORMS.map(({ id, name, colour }) => (
                  <li key={id} data-testid={`waiting-${id}`} style={{ borderColor: colour }}>
                    {name}: {shown.byPlatform[id]}
                  </li>
                ))}
              </ul>
              {summary?.oldest && (
                <>
                  <p data-testid="oldest">
                    {t('popupOldest', { age: formatAge(summary.oldest.ageMs, t) })}
                  </p>
                  {oldestAuthorName && (
                    <p className="oldest-author" data-testid="oldest-author">
                      {translateIsolated(t, 'panelFrom', { name: oldestAuthorName })}
                    </p>
                  )}
                </>
              )}
              {summary && <WaitingDetails summary={summary} />}
              {replyWindows.length > 0 && <ReplyWindows windows={replyWindows} />}
            </>
          )}
        </section>
      )}
      <div className="actions">
        <button type="button" onClick={onOpenPanel}>
          {t('popupOpenPanel')}
        </button>
        <button type="button" className="secondary" onClick={onOpenOptions}>
          {t('popupOptions')}
        </button>
      </div>
    </main>
  );
}

/** Counts per platform and kind, and how long people have waited. */
function WaitingDetails({ summary }: { summary: WaitingSummary }) {
  const t = useT();
  return (
    <>
      <table className="per-kind">
        <caption>{t('popupPerKindCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('kindComment')}</th>
            <th scope="col">{t('kindDm')}</th>
          </tr>
        </thead>
        <tbody>
          {PLATFORMS.map(({ id, name }) => (
            <tr key={id}>
              <th scope="row">{name}</th>
              <td data-testid={`waiting-${id}-comment`}>{summary.byPlatformAndKind[id].comment}</td>
              <td data-testid={`waiting-${id}-dm`}>{summary.byPlatformAndKind[id].dm}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="ages-heading">{t('popupAgesTitle')}</h2>
      <ul className="age-buckets" aria-labelledby="ages-heading">
        {(Object.keys(AGE_BUCKET_LABEL) as Array<keyof typeof AGE_BUCKET_LABEL>).map((bucket) => (
          <li key={bucket} data-testid={`age-${bucket}`}>
            {t(AGE_BUCKET_LABEL[bucket])}: {summary.ageBuckets[bucket]}
          </li>
        ))}
      </ul>
    </>
  );
}

function ReplyWindows({ windows }: { windows: NonNullable<PopupProps['replyWindows']> }) {
  const t = useT();
  const hidden = windows.length - REPLY_WINDOWS_SHOWN;
  return (
    <section aria-labelledby="windows-heading">
      <h2 id="windows-heading">{t('popupReplyWindowsTitle')}</h2>
      <ol className="reply-windows">
        {windows.slice(0, REPLY_WINDOWS_SHOWN).map((window) => (
          <li key={window.itemKey} data-testid="reply-window">
            <bdi className="author">{window.authorName}</bdi> <ReplyWindowStatus window={window} />
          </li>
        ))}
      </ol>
      {hidden > 0 && <p>{t('popupReplyWindowsMore', { n: hidden })}</p>}
    </section>
  );
}
