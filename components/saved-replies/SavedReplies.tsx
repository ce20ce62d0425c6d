import { useEffect, useId, useRef, useState } from 'react';
import { replySurfaceSchema, type Template, type ToneGuide } from '../../utils/tone/schema';
import { useT } from '../i18n';
import { checkAndSave, OutcomeNotice, type Outcome } from '../tone-guide/Outcome';
import { draftOf, freeId, templateOf, type ReplyDraft, type ReplyFilter } from './reply-draft';
import { ReplyForm } from './ReplyForm';
import { ReplyList } from './ReplyList';

export interface SavedRepliesProps {
  /** The guide in force. */
  guide: ToneGuide;
  /** The revision it comes from: a new one resets the open form to what was saved. */
  activeRevision?: number;
  /** Saves a whole guide as a new revision; called only with a guide the schema accepts. */
  onSave: (guide: ToneGuide) => Promise<void>;
}

type Open = { kind: 'edit'; id: string } | { kind: 'new' } | null;

/**
 * The guide's templates as saved replies: find, create, edit, duplicate and delete them. Each
 * change is the whole guide with that one change, checked and saved like the JSON view's.
 */
export function SavedReplies({ guide, activeRevision, onSave }: SavedRepliesProps) {
  const t = useT();
  const id = useId();
  const [filter, setFilter] = useState<ReplyFilter>({ query: '', language: '', intent: '' });
  const [open, setOpen] = useState<Open>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  // The guide as last saved here, until the stored guide's next revision arrives: a change made
  // right after a save builds on that save, not on the guide shown a moment before it.
  const saved = useRef(guide);
  useEffect(() => {
    saved.current = guide;
  }, [guide]);

  const templates = guide.templates;
  const openIndex =
    open?.kind === 'edit' ? templates.findIndex((template) => template.id === open.id) : -1;
  const openTemplate = openIndex === -1 ? undefined : templates[openIndex];

  /** Saves the guide with `change` applied to its templates; true when it was saved. */
  async function saveTemplates(change: (templates: Template[]) => Template[], okMessage: string) {
    setBusy(true);
    const next = { ...saved.current, templates: change(saved.current.templates) };
    const { outcome: result } = await checkAndSave(next, onSave, t, {
      problemKey: 'toneProblemsSave',
      okMessage,
    });
    if (result.kind === 'ok') saved.current = next;
    setOutcome(result);
    setBusy(false);
    return result.kind === 'ok';
  }

  async function save(draft: ReplyDraft) {
    const template = templateOf(draft);
    const replacing = open?.kind === 'edit' ? open.id : undefined;
    const change = (current: Template[]) =>
      current.some((each) => each.id === replacing)
        ? current.map((each) => (each.id === replacing ? template : each))
        : [...current, template];
    if (await saveTemplates(change, t('repliesSaved', { id: template.id }))) {
      setOpen({ kind: 'edit', id: template.id });
    }
  }

  async function duplicate(original: Template) {
    const copyId = freeId(`${original.id}-copy`, saved.current.templates);
    const change = (current: Template[]) => {
      const at = current.findIndex((each) => each.id === original.id);
      const next = [...current];
      // A shortcut belongs to one reply: the copy starts without one.
      next.splice(at === -1 ? next.length : at + 1, 0, {
        ...(current[at] ?? original),
        id: copyId,
        shortcut: undefined,
      });
      return next;
    };
    if (await saveTemplates(change, t('repliesSaved', { id: copyId }))) {
      setOpen({ kind: 'edit', id: copyId });
    }
  }

  async function remove(original: Template) {
    const change = (current: Template[]) =>
      current.filter((template) => template.id !== original.id);
    if (await saveTemplates(change, t('repliesDeleted', { id: original.id }))) setOpen(null);
  }

  function newDraft(): ReplyDraft {
    const language = filter.language || guide.languages.default;
    return {
      id: freeId(`${language}-reply`, templates),
      language,
      intents: [filter.intent || 'question'],
      text: '',
      triggers: '',
      shortcut: '',
      // A new reply is offered wherever replies are written; the JSON view narrows it.
      surfaces: [...replySurfaceSchema.options],
    };
  }

  return (
    <section aria-labelledby={`${id}-title`} className="saved-replies">
      <h2 id={`${id}-title`}>{t('repliesTitle')}</h2>
      <p>{t('repliesHelp')}</p>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            setOpen({ kind: 'new' });
            setOutcome(null);
          }}
        >
          {t('repliesNew')}
        </button>
      </div>
      <div className="saved-replies-layout">
        <ReplyList
          templates={templates}
          languages={guide.languages.supported}
          filter={filter}
          selectedId={openTemplate?.id ?? null}
          onFilterChange={setFilter}
          onSelect={(replyId) => {
            setOpen({ kind: 'edit', id: replyId });
            setOutcome(null);
          }}
        />
        {(open?.kind === 'new' || openTemplate) && (
          <ReplyForm
            // A saved revision or another reply starts the form afresh from what is saved.
            key={`${activeRevision ?? 'default'}:${openTemplate?.id ?? 'new'}`}
            initial={openTemplate ? draftOf(openTemplate) : newDraft()}
            isNew={!openTemplate}
            guide={guide}
            busy={busy}
            onSave={(draft) => void save(draft)}
            onCancel={() => {
              setOpen(null);
              setOutcome(null);
            }}
            onDuplicate={() => openTemplate && void duplicate(openTemplate)}
            onDelete={() => openTemplate && void remove(openTemplate)}
          />
        )}
      </div>
      {outcome && (
        <OutcomeNotice
          outcome={outcome}
          testId="replies-outcome"
          problemsTestId="replies-problems"
        />
      )}
    </section>
  );
}
