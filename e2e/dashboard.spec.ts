import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { invitedUser, newUserWithTeam } from './support/accounts';
import { readScenario } from './support/scenario-file';

test.describe.configure({ timeout: 180_000 });

const SCENARIO_ID = 'fraud-model-label-feedback-poisoning';
const scenario = readScenario(SCENARIO_ID);
// The scenario's threats in scope and where the library puts them (lifecycle × STRIDE).
const IN_SCOPE = ['FIN-04', 'FIN-11', 'FIN-03', 'ML02:2023'];

async function runShortExercise(api: APIRequestContext, slug: string): Promise<string> {
  const created = await api.post(`/api/teams/${slug}/exercises`, { data: { scenarioId: SCENARIO_ID, mode: 'team' } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const command = async (data: Record<string, unknown>) => {
    const response = await api.post(`/api/exercises/${id}/commands`, { data: { ...data, clientId: crypto.randomUUID() } });
    expect(response.status(), `${String(data.type)}: ${await response.text()}`).toBe(201);
  };
  await command({ type: 'exercise.start', mode: 'team' });
  await command({ type: 'inject.reveal', injectId: 'ring-cluster' });
  await command({ type: 'decision.record', injectId: 'ring-cluster', optionId: 'roll-back-to-v40', rationale: 'Stop the bleeding first' });
  await command({ type: 'exercise.end' });
  return id;
}

test('the dashboard shows the exercise in the coverage map, how well it went, what was never exercised and what to run next; another team gets 404', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'dash');
  const api = facilitator.request;
  const id = await runShortExercise(api, facilitator.slug);
  // Every objective rated S, then published.
  const ratings = Object.fromEntries(scenario.objectives.map((o) => [o.id, 'S']));
  expect((await api.put(`/api/exercises/${id}/report/edits`, { data: { ratings } })).status()).toBe(200);
  expect((await api.post(`/api/exercises/${id}/report/publish`)).status()).toBe(200);

  const page = facilitator.page;
  await page.goto(`/t/${facilitator.slug}`);
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.waitForURL(`**/t/${facilitator.slug}/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard', exact: true })).toBeVisible();

  const exercises = page.getByRole('table', { name: 'Team exercises, newest first' });
  await expect(exercises.getByRole('link', { name: scenario.title, exact: true })).toHaveAttribute('href', `/exercises/${id}`);
  await expect(exercises.getByRole('link', { name: 'Published', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Objectives per rating, per exercise, oldest first' })).toContainText(scenario.title);

  // FIN-04, FIN-11 and ML02 sit in training × Tampering; FIN-03 in serving × Spoofing. Each is listed
  // with the day it was exercised and how well (every objective S).
  const today = new Date().toISOString().slice(0, 10);
  const training = page.getByTestId('cell-training-T');
  for (const code of ['FIN-04', 'FIN-11', 'ML02:2023']) await expect(training.getByRole('link', { name: new RegExp(`^${code} `) })).toBeVisible();
  await expect(training).toContainText('Poisoning a Fraud Model Through Chargebacks and Label Feedback Loops');
  await expect(training).toContainText(`last ${today}`);
  await expect(training).toContainText('S (average 3.0 of 4), worst S');
  await expect(training.getByRole('link', { name: /^FIN-04 / })).toHaveAttribute('href', '/threats/fin-04-chargeback-label-poisoning');
  const serving = page.getByTestId('cell-serving-S');
  await expect(serving.getByRole('link', { name: 'FIN-03 Adversarial Transactions That Evade a Fraud Model', exact: true })).toBeVisible();
  // Serving × Information disclosure holds library threats this scenario does not touch.
  await expect(page.getByTestId('cell-serving-I').getByRole('link')).toHaveCount(0);
  await expect(page.getByTestId('cell-serving-I')).toContainText(/0 of \d+ exercised/);

  const never = page.getByRole('list', { name: 'Threats never exercised' });
  await expect(never.getByRole('listitem').first()).toBeVisible();
  for (const code of IN_SCOPE) await expect(never).not.toContainText(code);
  await expect(never).toContainText('SC-03');

  const suggested = page.getByRole('list', { name: 'Scenarios that would cover them' });
  const first = suggested.getByRole('link').first();
  await expect(first).toHaveAttribute('href', /^\/scenarios\/[a-z0-9-]+$/);
  await expect(suggested).not.toContainText(scenario.title);
  const briefing = await api.get((await first.getAttribute('href'))!);
  expect(briefing.status()).toBe(200);

  await expect(page.getByRole('table', { name: 'ATLAS techniques exercised' })).toContainText('AML.T0020');
  await expectNoAxeViolations(page);

  const layerResponse = await api.get(`/api/teams/${facilitator.slug}/dashboard/navigator-layer`);
  expect(layerResponse.status()).toBe(200);
  expect(layerResponse.headers()['content-disposition']).toBe(`attachment; filename="sandtable-${facilitator.slug}-coverage-${today}.navigator.json"`);
  const layer = JSON.parse(await layerResponse.text());
  expect(layer).toMatchObject({ domain: 'atlas-atlas', versions: { layer: '4.5' } });
  const technique = (techniqueID: string) => layer.techniques.find((t: { techniqueID: string }) => t.techniqueID === techniqueID);
  // Poison Training Data (cited by FIN-04, FIN-11, ML02) scores the average rating, S = 3.
  expect(technique('AML.T0020')).toMatchObject({ score: 3, comment: expect.stringContaining('FIN-04') });
  // Exfiltration via inference API (ML05 model theft, not in scope) was never exercised.
  expect(technique('AML.T0024')).toMatchObject({ score: 0 });

  // Another team's member sees nothing of it.
  const outsider = await newUserWithTeam(browser, 'dash-outsider');
  for (const path of [`/t/${facilitator.slug}/dashboard`, `/api/teams/${facilitator.slug}/dashboard/navigator-layer`]) {
    const response = await outsider.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(id);
  }
});

test('an observer sees what was exercised but not the ratings or items, and is told why', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'dashobs');
  await runShortExercise(facilitator.request, facilitator.slug);
  const observer = await invitedUser(browser, facilitator, 'observer');
  await observer.page.goto(`/t/${facilitator.slug}/dashboard`);
  await expect(observer.page.getByTestId('ratings-hidden')).toContainText('cannot read after-action reports');
  await expect(observer.page.getByRole('heading', { name: 'Objective ratings over time' })).toHaveCount(0);
  await expect(observer.page.getByRole('heading', { name: 'Improvement items' })).toHaveCount(0);
  await expect(observer.page.getByTestId('cell-training-T').getByRole('link', { name: /^FIN-04 / })).toBeVisible();
  await expect(observer.page.getByTestId('cell-training-T')).not.toContainText('average');
  await expectNoAxeViolations(observer.page);
  const layer = await (await observer.request.get(`/api/teams/${facilitator.slug}/dashboard/navigator-layer`)).json();
  expect(layer.techniques.find((t: { techniqueID: string }) => t.techniqueID === 'AML.T0020')).toMatchObject({ color: expect.any(String) });
  expect(layer.techniques.find((t: { techniqueID: string }) => t.techniqueID === 'AML.T0020')).not.toHaveProperty('score');
});
