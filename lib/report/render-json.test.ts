import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderJson, reportJsonSchema } from './report-json-schema';
import { hostileReport, newExercise, playedExercise, reportOf } from './test-report';

const validate = new Ajv({ allErrors: true }).compile(reportJsonSchema());

describe('the JSON export and its schema', () => {
  it('validates against the published JSON Schema, for a played, an empty and a hostile exercise', async () => {
    for (const model of [await reportOf(await playedExercise(), { ratings: { contain: 'M' } }), await reportOf(newExercise()), await hostileReport()]) {
      const ok = validate(JSON.parse(renderJson(model)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects a document that breaks the contract', async () => {
    const json = JSON.parse(renderJson(await reportOf(await playedExercise(), { ratings: { contain: 'M' } })));
    json.analysis.objectives[0].rating.level = 'X';
    expect(validate(json)).toBe(false);
    const missing = JSON.parse(renderJson(await reportOf(await playedExercise())));
    delete missing.appendix.chain;
    expect(validate(missing)).toBe(false);
  });

  it('names its kind and version, and its schema has an $id', async () => {
    const json = JSON.parse(renderJson(await reportOf(await playedExercise())));
    expect([json.kind, json.schemaVersion]).toEqual(['sandtable.after-action-report', 1]);
    expect(reportJsonSchema().$id).toMatch(/after-action-report-1\.json$/);
    expect(reportJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});
