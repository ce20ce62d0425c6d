import { useId, useState } from 'react';
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

  const templates = guide.templates;
  const openIndex =
    open?.kind === 'edit' ? templates.findIndex((template) => template.id === open.id) : -1;
  const openTemplate = openIndex === -1 ? undefined : templates[openIndex];

  /** Saves the guide with `nextTemplates`; true when it was saved. */
  async function saveTemplates(nextTemplates: Template[], okMessage: string) {
    setBusy(true);
    const { outcome: result } = await checkAndSave(
      { ...guide, templates: nextTemplates },
      onSave,
      t,
      {
        problemKey: 'toneProblemsSave',
        okMessage,
      },
    );
    setOutcome(result);
    setBusy(false);
    return result.kind === 'ok';
  }

  async function save(draft: ReplyDraft) {
    const template = templateOf(draft);
    const next =
      openIndex === -1
        ? [...templates, template]
        : templates.map((each, index) => (index === openIndex ? template : each));
    if (await saveTemplates(next, t('repliesSaved', { id: template.id }))) {
      setOpen({ kind: 'edit', id: template.id });
    }
  }

  async function duplicate(original: Template) {
    // A shortcut belongs to one reply: the copy starts without one.
    const template = {
      ...original,
      id: freeId(`${original.id}-copy`, templates),
      shortcut: undefined,
    };
    const next = [...templates];
    next.splice(openIndex + 1, 0, template);
    if (await saveTemplates(next, t('repliesSaved', { id: template.id }))) {
      setOpen({ kind: 'edit', id: template.id });
    }
  }

  async function remove(original: Template) {
    const next = templates.filter((template) => template.id !== original.id);
    if (await saveTemplates(next, t('repliesDeleted', { id: original.id }))) setOpen(null);
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
