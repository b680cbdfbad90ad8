// The JSON export is the report model as it is; its published JSON Schema comes from the same zod
// schema the model is checked against, so the two cannot drift.
import { z } from 'zod';
import { REPORT_SCHEMA_VERSION, reportModelSchema, type ReportModel } from './report-model-schema';

export function reportJsonSchema(): Record<string, unknown> {
  // Draft-07: the draft most validators (ajv 6 and 8, jsonschema, everit) read.
  return {
    $id: `https://sandtable.dev/schemas/after-action-report-${REPORT_SCHEMA_VERSION}.json`,
    title: `Sandtable after-action report ${REPORT_SCHEMA_VERSION}`,
    ...z.toJSONSchema(reportModelSchema, { target: 'draft-7', io: 'output' }),
  };
}

export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
