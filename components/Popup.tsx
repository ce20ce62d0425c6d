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
        <section className="waiting" aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{t('popupWaiting')}</h2>
          {summary && summary.crises > 0 && (
            <p className="crises" data-testid="crises-waiting">
              {t('popupCrisesWaiting', { n: summary.crises })}
            </p>
          )}
          <div className="count-row">
            <p className={`count level-${summary?.level ?? 'ok'}`} data-testid="waiting-count">
              {shown.total}
            </p>
            {shown.total > 0 && summary?.oldest && (
              <div className="oldest">
                <p data-testid="oldest">
                  {t('popupOldest', { age: formatAge(summary.oldest.ageMs, t) })}
                </p>
                {oldestAuthorName && (
                  <p className="oldest-author" data-testid="oldest-author">
                    {translateIsolated(t, 'panelFrom', { name: oldestAuthorName })}
                  </p>
                )}
              </div>
            )}
          </div>
          {shown.total === 0 ? (
            <p>{t('popupNobodyWaiting')}</p>
          ) : (
            <>
              <PerPlatform counts={shown} summary={summary} />
              {summary && <AgeBuckets buckets={summary.ageBuckets} />}
              {replyWindows.length > 0 && <ReplyWindows windows={replyWindows} />}
            </>
          )}
        </section>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onOpenPanel}>
          {t('popupOpenPanel')}
        </button>
        <button type="button" className="secondary" onClick={onOpenOptions}>
          {t('popupOptions')}
        </button>
      </div>
    </main>
  );
}

/** Each platform's count once; with the details, its comments and messages beside it. */
function PerPlatform({
  counts,
  summary,
}: {
  counts: WaitingCounts;
  summary: WaitingSummary | null;
}) {
  const t = useT();
  return (
    <ul className="per-platform" aria-label={t('popupPerKindCaption')}>
      {PLATFORMS.map(({ id, name, colour }) => (
        <li key={id} style={{ borderColor: colour }}>
          <span data-testid={`waiting-${id}`}>
            {name}: {counts.byPlatform[id]}
          </span>{' '}
          {summary && counts.byPlatform[id] > 0 && (
            <span className="kinds">
              {t('kindComment')}{' '}
              <span data-testid={`waiting-${id}-comment`}>
                {summary.byPlatformAndKind[id].comment}
              </span>
              {' · '}
              {t('kindDm')}{' '}
              <span data-testid={`waiting-${id}-dm`}>{summary.byPlatformAndKind[id].dm}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

const AGE_BUCKETS = Object.keys(AGE_BUCKET_LABEL) as Array<keyof typeof AGE_BUCKET_LABEL>;

/** How long people have waited: a bar of the three buckets' shares, and their counts as chips. */
function AgeBuckets({ buckets }: { buckets: WaitingSummary['ageBuckets'] }) {
  const t = useT();
  return (
    <>
      <h2 id="ages-heading">{t('popupAgesTitle')}</h2>
      {/* The chips say the same in words: the bar is only a picture of the shares. */}
      <div className="age-bar" aria-hidden="true">
        {AGE_BUCKETS.map((bucket) => (
          <span key={bucket} className={`age-${bucket}`} style={{ flexGrow: buckets[bucket] }} />
        ))}
      </div>
      <ul className="age-buckets" aria-labelledby="ages-heading">
        {AGE_BUCKETS.map((bucket) => (
          <li key={bucket} className={`age-${bucket}`} data-testid={`age-${bucket}`}>
            {t(AGE_BUCKET_LABEL[bucket])}: {buckets[bucket]}
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
