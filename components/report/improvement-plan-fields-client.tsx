'use client';

import { useEffect, useRef } from 'react';
import { CAPABILITY_ELEMENTS, CAPABILITY_LABELS, ITEM_STATUSES, ITEM_STATUS_LABELS } from '@/lib/report/hseep';
import { PLAN_FIELD_LABELS, type PlanField, type PlanRow } from '@/lib/report/plan-edits';

export type PlanErrors = Record<string, Partial<Record<PlanField, string>>>;

interface Props {
  rows: PlanRow[];
  objectives: { id: string; text: string }[];
  errors: PlanErrors;
  /** Rows whose details are open; a row with an error is always open. */
  open: ReadonlySet<string>;
  /** The row just added: its first field takes the focus. */
  focusId: string | null;
  /** While a save is on its way: the buttons wait, the fields stay editable. */
  disabled: boolean;
  onChange: (id: string, change: Partial<Omit<PlanRow, 'id' | 'added'>>) => void;
  onToggle: (id: string, open: boolean) => void;
  onAdd: () => void;
  onDelete: (id: string) => void;
}

const control = 'mt-1 w-full rounded border border-border bg-bg px-2 py-1';

/** The improvement plan's rows as form fields: every derived item can be edited or removed, added ones deleted. */
export function ImprovementPlanFields({ rows, objectives, errors, open, focusId, disabled, onChange, onToggle, onAdd, onDelete }: Props) {
  const focusRef = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => {
    if (focusId) focusRef.current?.focus();
  }, [focusId]);

  return (
    <fieldset className="mt-4">
      <legend className="font-medium">Improvement plan</legend>
      <p className="text-sm text-fg-muted">Each row opens to edit it. Changes are kept when you save the draft.</p>
      <ol className="mt-2 grid gap-2">
        {rows.map((row, index) => {
          const n = index + 1;
          const rowErrors = errors[row.id] ?? {};
          const hasError = Object.keys(rowErrors).length > 0;
          const fieldId = (field: PlanField) => `plan-${row.id}-${field}`;
          const label = (field: PlanField) => (
            <label htmlFor={fieldId(field)} className="block text-sm font-medium">
              {PLAN_FIELD_LABELS[field]}
              <span className="sr-only"> of item {n}</span>
            </label>
          );
          const describe = (field: PlanField) => (rowErrors[field] ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(field)}-error` } : {});
          const error = (field: PlanField) =>
            rowErrors[field] ? (
              <p id={`${fieldId(field)}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
                {rowErrors[field]}
              </p>
            ) : null;
          const set = (field: PlanField) => (event: { target: { value: string } }) => onChange(row.id, { values: { ...row.values, [field]: event.target.value } });
          const status = ITEM_STATUS_LABELS[ITEM_STATUSES.find((s) => s === row.values.status) ?? 'not-started'];
          return (
            <li key={row.id}>
              <details open={open.has(row.id) || hasError} onToggle={(event) => onToggle(row.id, event.currentTarget.open)} className="rounded border border-border">
                <summary className="cursor-pointer px-3 py-2">
                  Item {n}
                  {row.added ? ' (added)' : ''}
                  {row.removed ? ' (removed from the plan)' : ''}: {row.values.issue.trim() ? row.values.issue.slice(0, 100) : 'no issue written yet'} · {status}
                </summary>
                <div className="grid gap-3 border-t border-border p-3 sm:grid-cols-2">
                  <div className="sm:col-span-2">
                    {label('issue')}
                    <textarea id={fieldId('issue')} ref={row.id === focusId ? focusRef : undefined} value={row.values.issue} onChange={set('issue')} maxLength={2000} rows={2} className={control} {...describe('issue')} />
                    {error('issue')}
                  </div>
                  <div className="sm:col-span-2">
                    {label('correctiveAction')}
                    <textarea id={fieldId('correctiveAction')} value={row.values.correctiveAction} onChange={set('correctiveAction')} maxLength={2000} rows={2} className={control} {...describe('correctiveAction')} />
                    {error('correctiveAction')}
                  </div>
                  <div>
                    {label('objectiveId')}
                    <select id={fieldId('objectiveId')} value={row.values.objectiveId} onChange={set('objectiveId')} className={control} {...describe('objectiveId')}>
                      <option value="">(no objective)</option>
                      {objectives.map((objective) => (
                        <option key={objective.id} value={objective.id}>
                          {objective.text}
                        </option>
                      ))}
                    </select>
                    {error('objectiveId')}
                  </div>
                  <div>
                    {label('capability')}
                    <select id={fieldId('capability')} value={row.values.capability} onChange={set('capability')} className={control} {...describe('capability')}>
                      <option value="">(none)</option>
                      {CAPABILITY_ELEMENTS.map((element) => (
                        <option key={element} value={element}>
                          {CAPABILITY_LABELS[element]}
                        </option>
                      ))}
                    </select>
                    {error('capability')}
                  </div>
                  <div>
                    {label('owner')}
                    <input id={fieldId('owner')} value={row.values.owner} onChange={set('owner')} maxLength={120} className={control} {...describe('owner')} />
                    {error('owner')}
                  </div>
                  <div>
                    {label('status')}
                    <select id={fieldId('status')} value={row.values.status} onChange={set('status')} className={control} {...describe('status')}>
                      {ITEM_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {ITEM_STATUS_LABELS[s]}
                        </option>
                      ))}
                    </select>
                    {error('status')}
                  </div>
                  <div>
                    {label('startDate')}
                    <input id={fieldId('startDate')} type="date" min="2000-01-01" max="2099-12-31" value={row.values.startDate} onChange={set('startDate')} className={control} {...describe('startDate')} />
                    {error('startDate')}
                  </div>
                  <div>
                    {label('dueDate')}
                    <input id={fieldId('dueDate')} type="date" min="2000-01-01" max="2099-12-31" value={row.values.dueDate} onChange={set('dueDate')} className={control} {...describe('dueDate')} />
                    {error('dueDate')}
                  </div>
                  <div className="sm:col-span-2">
                    {row.added ? (
                      <button type="button" disabled={disabled} onClick={() => onDelete(row.id)} className="rounded border border-border px-3 py-1 text-sm">
                        Delete added item {n}
                      </button>
                    ) : (
                      <label className="inline-flex items-center gap-2 text-sm">
                        <input type="checkbox" checked={row.removed} onChange={(event) => onChange(row.id, { removed: event.target.checked })} />
                        Remove item {n} from the plan (it stays in the timeline and the log)
                      </label>
                    )}
                  </div>
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      {rows.length === 0 ? <p className="mt-2 text-sm">The log produced no improvement items.</p> : null}
      <button type="button" disabled={disabled} onClick={onAdd} className="mt-3 rounded border border-border px-3 py-1 text-sm font-medium">
        Add an improvement item
      </button>
    </fieldset>
  );
}
