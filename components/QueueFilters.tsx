import { useId } from 'react';
import type { Item } from '../utils/model/item';
import { PLATFORMS } from '../utils/platforms/platforms';
import type { Settings } from '../utils/model/settings';
import { dmReplyWindows, isCrisis } from '../utils/stats/waiting';
import { waitStartMs } from '../utils/stats/inputs';
import { useT } from './i18n';
import { useIntentLabel, useLanguageName } from './labels';

/** '' means "any". */
export interface QueueFilter {
  platform: '' | Item['platform'];
  kind: '' | Item['kind'];
  language: string;
  intent: string;
  /** A name, or UNASSIGNED. */
  assignee: string;
}

export type QueueSort = 'urgent' | 'age' | 'window';

// Names are typed by people, and typing cannot produce NUL: no assignee can be called this.
export const UNASSIGNED = '\u0000unassigned';
export const NO_FILTER: QueueFilter = {
  platform: '',
  kind: '',
  language: '',
  intent: '',
  assignee: '',
};

export function filterItems(items: readonly Item[], filter: QueueFilter): Item[] {
  return items.filter(
    (item) =>
      (!filter.platform || item.platform === filter.platform) &&
      (!filter.kind || item.kind === filter.kind) &&
      (!filter.language || item.language === filter.language) &&
      (!filter.intent || item.intent === filter.intent) &&
      (!filter.assignee ||
        (filter.assignee === UNASSIGNED ? !item.assignee : item.assignee === filter.assignee)),
  );
}

function byAge(a: Item, b: Item) {
  return waitStartMs(a) - waitStartMs(b) || a.key.localeCompare(b.key);
}

/** Crises first, then complaints: what must not wait, even behind an older question. */
function urgency(item: Item): number {
  if (isCrisis(item)) return 0;
  return item.intent === 'complaint' ? 1 : 2;
}

/**
 * 'urgent' (the default): crises, then complaints, then the rest, each longest wait first.
 * 'age': longest wait first. 'window': Facebook DMs whose reply window closes soonest first,
 * then the items without a window by age, then DMs whose windows have both closed (Meta no
 * longer lets the Page answer them, so they cannot be rescued by hurrying).
 */
export function sortItems(items: readonly Item[], sort: QueueSort, now: Date): Item[] {
  const oldestFirst = [...items].sort(byAge);
  if (sort === 'age') return oldestFirst;
  if (sort === 'urgent') return oldestFirst.sort((a, b) => urgency(a) - urgency(b));
  const windows = dmReplyWindows(items, { now });
  const byKey = new Map(items.map((item) => [item.key, item]));
  const pick = (expired: boolean) =>
    windows.filter((window) => window.expired === expired).map((w) => byKey.get(w.itemKey)!);
  const withWindow = new Set(windows.map((window) => window.itemKey));
  return [
    ...pick(false),
    ...oldestFirst.filter((item) => !withWindow.has(item.key)),
    ...pick(true),
  ];
}

/** How many filters narrow the queue, for the closed filter drawer's button. */
export function activeFilterCount(filter: QueueFilter): number {
  return Object.values(filter).filter((value) => value !== '').length;
}

/** The queue's order: in the compact bar above the list, since it changes what comes first. */
export function QueueSortSelect({
  sort,
  onSort,
}: {
  sort: QueueSort;
  onSort: (sort: QueueSort) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <span className="queue-sort">
      <label htmlFor={id}>{t('queueSort')}</label>
      <select id={id} value={sort} onChange={(e) => onSort(e.target.value as QueueSort)}>
        <option value="urgent">{t('queueSortUrgent')}</option>
        <option value="age">{t('queueSortAge')}</option>
        <option value="window">{t('queueSortWindow')}</option>
      </select>
    </span>
  );
}

export interface QueueFiltersProps {
  /** For the drawer button's aria-controls. */
  id: string;
  items: readonly Item[];
  filter: QueueFilter;
  settings: Pick<Settings, 'agentName' | 'colleagues'>;
  onFilter: (filter: QueueFilter) => void;
}

/** Filters offer only the languages, intents and assignees present, plus the team's names. */
export function QueueFilters({ id, items, filter, settings, onFilter }: QueueFiltersProps) {
  const t = useT();
  const intentLabel = useIntentLabel();
  const languageLabel = useLanguageName();
  const present = (values: Array<string | undefined>) =>
    [...new Set(values.filter((value): value is string => !!value))].sort();
  const languages = present(items.map((item) => item.language));
  const intents = present(items.map((item) => item.intent));
  const assignees = present([
    settings.agentName,
    ...settings.colleagues,
    ...items.map((item) => item.assignee),
  ]);
  const set = <K extends keyof QueueFilter>(key: K, value: QueueFilter[K]) =>
    onFilter({ ...filter, [key]: value });

  return (
    <fieldset id={id} className="queue-filters">
      <legend>{t('queueFilters')}</legend>
      <label htmlFor={`${id}-platform`}>{t('queueFilterPlatform')}</label>
      <select
        id={`${id}-platform`}
        value={filter.platform}
        onChange={(e) => set('platform', e.target.value as QueueFilter['platform'])}
      >
        <option value="">{t('queueFilterAll')}</option>
        {PLATFORMS.map(({ id, name }) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-kind`}>{t('queueFilterKind')}</label>
      <select
        id={`${id}-kind`}
        value={filter.kind}
        onChange={(e) => set('kind', e.target.value as QueueFilter['kind'])}
      >
        <option value="">{t('queueFilterAll')}</option>
        <option value="comment">{t('kindComment')}</option>
        <option value="dm">{t('kindDm')}</option>
      </select>
      <label htmlFor={`${id}-language`}>{t('queueFilterLanguage')}</label>
      <select
        id={`${id}-language`}
        value={filter.language}
        onChange={(e) => set('language', e.target.value)}
      >
        <option value="">{t('queueFilterAll')}</option>
        {languages.map((code) => (
          <option key={code} value={code}>
            {languageLabel(code)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-intent`}>{t('queueFilterIntent')}</label>
      <select
        id={`${id}-intent`}
        value={filter.intent}
        onChange={(e) => set('intent', e.target.value)}
      >
        <option value="">{t('queueFilterAll')}</option>
        {intents.map((intent) => (
          <option key={intent} value={intent}>
            {intentLabel(intent)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-assignee`}>{t('queueFilterAssignee')}</label>
      <select
        id={`${id}-assignee`}
        value={filter.assignee}
        onChange={(e) => set('assignee', e.target.value)}
      >
        <option value="">{t('queueFilterAll')}</option>
        <option value={UNASSIGNED}>{t('queueFilterUnassigned')}</option>
        {assignees.map((name) => (
          <option key={name} value={name}>
            {name === settings.agentName ? t('queueAssignMe', { name }) : name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
