import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../exercise/test-exercise';
import { renderNavigatorLayer } from './render-navigator-layer';
import { reportFileName } from './report-file-name';
import { atTriageVote, hostileReport, newExercise, playedExercise, reportOf } from './test-report';

describe('renderNavigatorLayer', () => {
  it('scores the techniques of the threats in scope by whether a gap was recorded against them', async () => {
    const ex = await atTriageVote();
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Keep evidence.' });
    await ex.must(FACILITATOR, { type: 'note.add', text: 'Calm triage.', tag: 'strength', objectiveId: 'notify' });
    const layer = renderNavigatorLayer(await reportOf(ex));
    expect(layer).toMatchObject({ domain: 'atlas-atlas', versions: { layer: '4.5' }, gradient: { minValue: 0, maxValue: 2 } });
    expect(layer.techniques.map((t) => [t.techniqueID, t.score])).toEqual([
      ['AML.T0010', 1], // SC-03: freezing the registry (model signing) was not observed
      ['AML.T0020', 2],
    ]);
    expect(layer.techniques[0]?.comment).toContain('recommended: Sign models; Registry access control');
  });

  it('scores every technique 0 when the exercise never started', async () => {
    const layer = renderNavigatorLayer(await reportOf(newExercise()));
    expect(layer.techniques.map((t) => t.score)).toEqual([0, 0]);
  });

  it('is plain JSON', async () => {
    const layer = renderNavigatorLayer(await reportOf(await playedExercise()));
    expect(JSON.parse(JSON.stringify(layer))).toEqual(layer);
  });
});

describe('reportFileName', () => {
  it('names the exercise, the scenario and the date, in ASCII', async () => {
    expect(reportFileName(await reportOf(await playedExercise()), 'docx')).toBe('aar-q2-registry-drill-fixture-registry-poisoning-2026-05-04.docx');
    expect(reportFileName(await hostileReport(), 'csv')).toBe('aar-drill-title-script-alert-t-script-quoted-fixture-registry-poisoning-2026-05-04.csv');
    const unstarted = await reportOf(newExercise(), undefined, { exercise: { id: 'x', title: 'Übung für Äpfel ✨' } });
    expect(reportFileName(unstarted, 'pdf')).toBe('aar-ubung-fur-apfel-fixture-registry-poisoning-2026-05-05.pdf');
    const untitled = await reportOf(newExercise(), undefined, { exercise: { id: 'x', title: '✨✨' } });
    expect(reportFileName(untitled, 'md')).toBe('aar-exercise-fixture-registry-poisoning-2026-05-05.md');
  });
});
