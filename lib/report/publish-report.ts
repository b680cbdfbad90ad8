// Draft → published: the published record is the edits plus the log's final hash, event count and
// the time, so the published report can be rebuilt from the log and shown to be the one published
// (buildReport checks the log still ends at that hash). Only an ended exercise whose log verifies
// can be published: a running log could still change under the report.
import type { ReportEditsInput } from './report-edits';
import type { PublishedReport } from './report-input';
import type { ReportModel } from './report-model-schema';

export type PublishResult = { ok: true; record: PublishedReport } | { ok: false; reason: string };

/** `model` must have been built from `edits` (and the full log): the record pins both together. */
export function publishReport(model: ReportModel, edits: ReportEditsInput, publishedAt: string, publishedBy: string | null = null): PublishResult {
  const { chain } = model.appendix;
  if (model.status === 'published') return { ok: false, reason: 'This report is already published.' };
  if (model.overview.exercise.status !== 'ended') return { ok: false, reason: 'End the exercise before publishing its report.' };
  if (!chain.ok) return { ok: false, reason: `The event log failed its integrity check at entry ${chain.firstBrokenSeq}: ${chain.reason}` };
  return {
    ok: true,
    record: {
      kind: 'sandtable.published-report',
      version: 1,
      exerciseId: model.overview.exercise.id,
      edits,
      finalHash: chain.head,
      eventCount: chain.count,
      publishedAt,
      publishedBy,
    },
  };
}
