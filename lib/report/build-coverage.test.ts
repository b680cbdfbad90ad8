import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../exercise/test-exercise';
import { atTriageVote, playedExercise, reportOf } from './test-report';

async function keptServingWithoutFreeze(noteText?: string) {
  const ex = await atTriageVote();
  await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Keep evidence.' });
  await ex.must(FACILITATOR, { type: 'note.add', text: 'Quick, calm triage.', tag: 'strength', objectiveId: 'notify' });
  if (noteText) await ex.must(FACILITATOR, { type: 'note.add', text: noteText, tag: 'gap' });
  return reportOf(ex);
}

describe('threat coverage', () => {
  it('draws the touched threats on the lifecycle × STRIDE matrix', async () => {
    const { coverage } = await reportOf(await playedExercise());
    const cell = (stage: string, letter: string) => coverage.matrix.rows.find((r) => r.stage === stage)?.cells.find((c) => c.letter === letter);
    expect(cell('registry', 'T')).toMatchObject({ count: 2, heat: 4, threatIds: ['sc-model-registry-poisoning', 'ml10-model-poisoning'] });
    expect(cell('deployment', 'E')).toMatchObject({ count: 1, heat: 2 });
    expect(cell('serving', 'S')).toMatchObject({ count: 0, heat: 0, gap: false });
    expect(coverage.stride.map((s) => [s.letter, s.threats])).toEqual([['S', 0], ['T', 2], ['R', 0], ['I', 0], ['D', 0], ['E', 1]]);
    expect(coverage.lifecycle.find((l) => l.stage === 'training')?.threats).toBe(1);
  });

  it('links an unobserved expected action to the threats that list its mitigation only', async () => {
    const { coverage } = await keptServingWithoutFreeze();
    const [registry, weights] = coverage.threats;
    expect(registry?.gaps).toEqual([{ text: expect.stringContaining('Freeze writes'), how: 'expected-action-mitigation' }]);
    expect(weights?.gaps).toEqual([]);
    expect(coverage.recommendedMitigations.map((m) => [m.id, m.namedByExpectedAction, m.forThreats])).toEqual([
      ['model-signing', true, ['sc-model-registry-poisoning']],
      ['registry-access-control', false, ['sc-model-registry-poisoning']],
    ]);
    expect(coverage.matrix.rows.find((r) => r.stage === 'training')?.cells.find((c) => c.letter === 'T')?.gap).toBe(false);
    expect(coverage.matrix.rows.find((r) => r.stage === 'registry')?.cells.find((c) => c.letter === 'T')?.gap).toBe(true);
  });

  it('links a gap note to the threat it names by code, and one naming no threat to every threat in scope', async () => {
    const named = await keptServingWithoutFreeze('Nobody checked the weights for ML10:2023 tampering.');
    expect(named.coverage.threats[1]?.gaps).toEqual([{ text: 'Nobody checked the weights for ML10:2023 tampering.', how: 'named-in-note' }]);
    const unnamed = await keptServingWithoutFreeze('The bridge call started late.');
    expect(unnamed.coverage.threats.map((t) => t.gaps.filter((g) => g.how === 'scenario-wide').length)).toEqual([1, 1]);
    expect(unnamed.coverage.recommendedMitigations.map((m) => m.id)).toEqual(['model-signing', 'registry-access-control', 'weight-integrity-checks']);
  });

  it('keeps only ATLAS techniques that exist, with their names', async () => {
    const { coverage } = await reportOf(await playedExercise());
    expect(coverage.threats[0]?.atlas).toEqual([{ id: 'AML.T0010', name: 'AI Supply Chain Compromise' }]);
  });

  it('explains its rule in the report', async () => {
    const { coverage } = await reportOf(await playedExercise());
    expect(coverage.rule).toMatch(/counts against every threat in scope/);
  });
});
