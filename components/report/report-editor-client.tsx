'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormError, FormNotice } from '@/components/ui/field';
import { submitJson } from '@/components/ui/submit-json';
import { addedItemId, blankPlanValues, planEdits, planFieldErrors, planValues, PLAN_FIELD_LABELS, PLAN_FIELDS, type PlanRow } from '@/lib/report/plan-edits';
import type { ReportEditsInput } from '@/lib/report/report-edits';
import type { ImprovementItem } from '@/lib/report/report-model-schema';
import { ImprovementPlanFields, type PlanErrors } from './improvement-plan-fields-client';

type Rating = 'P' | 'S' | 'M' | 'U';
type PlanItem = Pick<ImprovementItem, 'id' | 'source' | 'objectiveId' | 'issue' | 'correctiveAction' | 'capability' | 'owner' | 'startDate' | 'dueDate' | 'status'>;

interface Props {
  exerciseId: string;
  summary: string;
  objectives: { id: string; text: string; rating: Rating | null }[];
  ratingLabels: Record<Rating, string>;
  /** The stored edits, sent back whole so fields this form does not show are kept. */
  edits: ReportEditsInput;
  /** The plan as the stored edits build it, and the derived items they remove (as they would read put back). */
  items: PlanItem[];
  removedItems: PlanItem[];
  canPublish: boolean;
}

const RATINGS: Rating[] = ['P', 'S', 'M', 'U'];

function initialRows(items: PlanItem[], removed: PlanItem[]): PlanRow[] {
  return [
    ...items.map((item) => ({ id: item.id, added: item.source === 'added', removed: false, values: planValues(item) })),
    ...removed.map((item) => ({ id: item.id, added: false, removed: true, values: planValues(item) })),
  ];
}

/** The facilitator's draft edits (summary, a rating per objective, the improvement plan) and the Publish button. */
export function ReportEditor({ exerciseId, summary, objectives, ratingLabels, edits, items, removedItems, canPublish }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [rows, setRows] = useState(() => initialRows(items, removedItems));
  const [planErrors, setPlanErrors] = useState<PlanErrors>({});
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);

  const toggle = (id: string, isOpen: boolean) =>
    setOpen((current) => {
      if (current.has(id) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  const change = (id: string, patch: Partial<Omit<PlanRow, 'id' | 'added'>>) => setRows((current) => current.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  function add() {
    // The id is made once, here: saving again names the same item.
    const id = addedItemId(crypto.getRandomValues(new Uint8Array(16)));
    setRows((current) => [...current, { id, added: true, removed: false, values: blankPlanValues() }]);
    toggle(id, true);
    setFocusId(id);
  }
  const remove = (id: string) => setRows((current) => current.filter((row) => row.id !== id));

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const ratings: Record<string, string> = {};
    for (const objective of objectives) {
      const value = String(data.get(`rating-${objective.id}`) ?? '');
      if (value) ratings[objective.id] = value;
    }
    setPending(true);
    const text = String(data.get('report-summary') ?? '').trim();
    // A blank summary goes back to the generated one.
    const { summary: _previous, ...rest } = edits;
    const plan = planEdits(rows, [...items, ...removedItems], edits);
    const result = await submitJson(`/api/exercises/${exerciseId}/report/edits`, 'PUT', { ...rest, ...(text ? { summary: text } : {}), ratings, ...plan });
    setPending(false);
    const byRow = planFieldErrors(result.fields, plan);
    setPlanErrors(byRow);
    // Name the first refused field by its item, so the message makes sense away from the control.
    const first = rows.findIndex((row) => byRow[row.id]);
    const firstRow = rows[first];
    const firstField = firstRow ? PLAN_FIELDS.find((field) => byRow[firstRow.id]?.[field]) : undefined;
    setError(result.ok ? null : firstRow && firstField ? `Item ${first + 1}, ${PLAN_FIELD_LABELS[firstField].toLowerCase()}: ${byRow[firstRow.id]?.[firstField]}` : result.error);
    setNotice(result.ok ? 'Draft saved.' : null);
    if (result.ok) router.refresh();
  }

  async function onPublish() {
    setPending(true);
    const result = await submitJson(`/api/exercises/${exerciseId}/report/publish`, 'POST');
    setPending(false);
    setError(result.error);
    setNotice(result.ok ? 'Report published.' : null);
    if (result.ok) router.refresh();
  }

  return (
    <section aria-labelledby="edit-heading" className="mt-6 rounded border border-border p-4 print:hidden">
      <h2 id="edit-heading" className="text-lg font-semibold">
        Edit the draft
      </h2>
      <form onSubmit={onSave} aria-label="Edit the draft report" className="mt-2">
        <label htmlFor="report-summary" className="block font-medium">
          Executive summary
        </label>
        <textarea id="report-summary" name="report-summary" defaultValue={summary} maxLength={20000} rows={6} className="mt-1 w-full rounded border border-border bg-bg px-2 py-1" />
        <fieldset className="mt-3">
          <legend className="font-medium">Objective ratings</legend>
          {objectives.map((objective) => (
            <div key={objective.id} className="mt-2">
              <label htmlFor={`rating-${objective.id}`} className="block text-sm">
                {objective.text}
              </label>
              <select id={`rating-${objective.id}`} name={`rating-${objective.id}`} defaultValue={objective.rating ?? ''} className="rounded border border-border bg-bg px-2 py-1">
                <option value="">(not rated)</option>
                {RATINGS.map((level) => (
                  <option key={level} value={level}>
                    {level} – {ratingLabels[level]}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <ImprovementPlanFields
          rows={rows}
          objectives={objectives}
          errors={planErrors}
          open={open}
          focusId={focusId}
          disabled={pending}
          onChange={change}
          onToggle={toggle}
          onAdd={add}
          onDelete={remove}
        />
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" disabled={pending} className="rounded border border-border px-3 py-1 font-medium">
            Save draft
          </button>
          {canPublish ? (
            <button type="button" disabled={pending} onClick={onPublish} className="rounded bg-accent px-3 py-1 font-medium text-accent-fg">
              Publish
            </button>
          ) : null}
        </div>
      </form>
      <FormError message={error} />
      <FormNotice message={notice} />
    </section>
  );
}
