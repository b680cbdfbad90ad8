'use client';

import { useRouter } from 'next/navigation';
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { FormError, FormNotice } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';
import { CAPABILITY_ELEMENTS, CAPABILITY_LABELS, ITEM_STATUSES, ITEM_STATUS_LABELS } from '@/lib/report/hseep';
import { UPDATE_LIMITS } from '@/lib/improvement/update-command';

export interface EditableItem {
  id: string;
  version: number;
  status: string;
  ownerUserId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  correctiveAction: string | null;
  capability: string | null;
}

interface Props {
  teamSlug: string;
  item: EditableItem;
  members: Array<{ userId: string; name: string }>;
}

const OUTSIDE = 'outside';
const noSubscription = () => () => undefined;
const inputClass = 'mt-1 w-full rounded border border-border bg-bg px-2 py-1';

/** Reassign, reschedule, change the status or corrective action of one item, with a comment. */
export function ItemEditor({ teamSlug, item, members }: Props) {
  const router = useRouter();
  const [owner, setOwner] = useState(item.ownerUserId ?? (item.ownerName ? OUTSIDE : ''));
  const [outsideName, setOutsideName] = useState(item.ownerName ?? '');
  const [status, setStatus] = useState(item.status);
  const [dueDate, setDueDate] = useState(item.dueDate ?? '');
  const [correctiveAction, setCorrectiveAction] = useState(item.correctiveAction ?? '');
  const [capability, setCapability] = useState(item.capability ?? '');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // One id per intended change: resubmitting after a lost answer is a retry the server stores once.
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const id = (field: string) => `${field}-${item.id}`;
  // False in the server's HTML and until the script runs: the form only works through it.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setNotice(null);
    const body = {
      clientId,
      expectedVersion: item.version,
      status,
      ...(owner === OUTSIDE ? { ownerName: outsideName } : { ownerUserId: owner === '' ? null : owner }),
      dueDate: dueDate === '' ? null : dueDate,
      correctiveAction: correctiveAction.trim() === '' ? null : correctiveAction,
      capability: capability === '' ? null : capability,
      comment,
    };
    const result = await submitJson(`/api/teams/${teamSlug}/improvements/${item.id}`, 'PATCH', body);
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      // The server wrote nothing: the same id may be used again. A lost answer (status 0) must reuse it.
      return;
    }
    setError(null);
    setComment('');
    setClientId(crypto.randomUUID());
    setNotice('Saved.');
    router.refresh();
  }

  if (!hydrated) return null;
  return (
    <form onSubmit={onSubmit} aria-label="Update this item" className="mt-2 grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor={id('owner')} className="block text-sm font-medium">
          Owner
        </label>
        <select id={id('owner')} value={owner} onChange={(e) => setOwner(e.target.value)} className={inputClass}>
          <option value="">Unassigned</option>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
          <option value={OUTSIDE}>Someone outside the team</option>
        </select>
      </div>
      {owner === OUTSIDE ? (
        <div>
          <label htmlFor={id('outside-owner')} className="block text-sm font-medium">
            Name of the outside owner
          </label>
          <input id={id('outside-owner')} value={outsideName} onChange={(e) => setOutsideName(e.target.value)} maxLength={UPDATE_LIMITS.ownerName} required className={inputClass} />
        </div>
      ) : null}
      <div>
        <label htmlFor={id('status')} className="block text-sm font-medium">
          Status
        </label>
        <select id={id('status')} value={status} onChange={(e) => setStatus(e.target.value)} className={inputClass}>
          {ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ITEM_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={id('due')} className="block text-sm font-medium">
          Due date
        </label>
        <input id={id('due')} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} className={inputClass} />
      </div>
      <div>
        <label htmlFor={id('capability')} className="block text-sm font-medium">
          Capability element
        </label>
        <select id={id('capability')} value={capability} onChange={(e) => setCapability(e.target.value)} className={inputClass}>
          <option value="">Not set</option>
          {CAPABILITY_ELEMENTS.map((c) => (
            <option key={c} value={c}>
              {CAPABILITY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={id('action')} className="block text-sm font-medium">
          Corrective action
        </label>
        <textarea id={id('action')} value={correctiveAction} onChange={(e) => setCorrectiveAction(e.target.value)} maxLength={UPDATE_LIMITS.correctiveAction} rows={2} className={inputClass} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={id('comment')} className="block text-sm font-medium">
          Comment
        </label>
        <textarea
          id={id('comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={UPDATE_LIMITS.comment}
          rows={2}
          aria-describedby={id('comment-hint')}
          className={inputClass}
        />
        <p id={id('comment-hint')} className="mt-1 text-xs text-fg-muted">
          Required to mark the item complete or cancelled: say what was done or why it was dropped.
        </p>
      </div>
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-accent px-3 py-1 font-medium text-accent-fg hover:opacity-90 disabled:opacity-60">
          Save changes
        </button>
        <FormError message={error} />
        <FormNotice message={notice} />
      </div>
    </form>
  );
}
