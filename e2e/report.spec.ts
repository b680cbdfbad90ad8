import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { pdfPageTexts } from './support/pdf-text';
import { invitedUser, newUserWithTeam } from './support/accounts';
import { readScenario } from './support/scenario-file';

test.describe.configure({ timeout: 180_000 });

const SCENARIO_ID = 'fraud-model-label-feedback-poisoning';
const scenario = readScenario(SCENARIO_ID);
const HOSTILE = '<script>alert(1)</script> registry not frozen';
const FORMATS = ['html', 'md', 'docx', 'csv', 'json', 'navigator'] as const;

test('a facilitator ends a short exercise, edits and publishes its report, and downloads it in every format; another team gets 404', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'aar');
  const api = facilitator.request;
  const created = await api.post(`/api/teams/${facilitator.slug}/exercises`, { data: { scenarioId: SCENARIO_ID, mode: 'team' } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const command = async (data: Record<string, unknown>) => {
    const response = await api.post(`/api/exercises/${id}/commands`, { data: { ...data, clientId: crypto.randomUUID() } });
    expect(response.status(), `${String(data.type)}: ${await response.text()}`).toBe(201);
  };
  await command({ type: 'exercise.start', mode: 'team' });
  await command({ type: 'inject.reveal', injectId: 'ring-cluster' });
  await command({ type: 'decision.record', injectId: 'ring-cluster', optionId: 'roll-back-to-v40', rationale: 'Stop the bleeding first' });
  await command({ type: 'note.add', text: HOSTILE, tag: 'gap', objectiveId: 'contain-the-model' });
  await command({ type: 'action_item.add', text: 'Write the rollback runbook', owner: 'Priya', dueDate: '2026-12-31', objectiveId: 'contain-the-model' });

  // A draft cannot be published while the exercise runs.
  expect((await api.post(`/api/exercises/${id}/report/publish`)).status()).toBe(409);
  await command({ type: 'exercise.end' });

  const page = facilitator.page;
  await page.goto(`/exercises/${id}`);
  await page.getByRole('link', { name: 'Open the after-action report' }).click();
  await page.waitForURL(`**/exercises/${id}/report`);
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();
  // User text is shown as text, never as markup.
  await expect(page.getByText(HOSTILE).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Executive summary' }).fill('The team contained the model within the hour.');
  const objective = scenario.objectives[0]!;
  await page.getByRole('combobox', { name: objective.text }).selectOption('S');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await expect(page.getByTestId('report-summary')).toHaveText('The team contained the model within the hour.');
  await expect(page.getByText('Rating: S –').first()).toBeVisible();

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByTestId('published-line')).toContainText(/Published .*, log hash [0-9a-f]{64}/);
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const late = await api.put(`/api/exercises/${id}/report/edits`, { data: { summary: 'changed after publishing' } });
  expect(late.status()).toBe(409);
  expect((await api.post(`/api/exercises/${id}/report/publish`)).status()).toBe(409);

  const download = async (format: string) => {
    const response = await api.get(`/api/exercises/${id}/report?format=${format}`);
    expect(response.status(), format).toBe(200);
    expect(response.headers()['x-content-type-options'], format).toBe('nosniff');
    expect(response.headers()['content-disposition'], format).toMatch(/^attachment; filename="aar-[a-z0-9-]+\.[a-z.]+"$/);
    return response;
  };
  const md = await download('md');
  expect(md.headers()['content-type']).toContain('text/markdown');
  expect(await md.text()).toContain('The team contained the model within the hour.');
  const csv = await download('csv');
  expect((await csv.text()).split(/\r?\n/)[0]).toBe('"Title","Description","Assignee","Due date","Labels"');
  const json = await (await download('json')).json();
  expect(json.overview.exercise.title).toBe(scenario.title);
  expect(json.status).toBe('published');
  const docx = await (await download('docx')).body();
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  const html = await (await download('html')).text();
  expect(html).toContain(scenario.title.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toContain(HOSTILE);
  const layer = await (await download('navigator')).json();
  expect(layer.domain).toBeTruthy();
  const schema = await api.get(`/api/exercises/${id}/report/schema`);
  expect(schema.status()).toBe(200);
  expect((await schema.json()).$schema).toContain('draft-07');
  expect((await api.get(`/api/exercises/${id}/report?format=exe`)).status()).toBe(400);

  // Another team sees nothing: not the page, not a download, not the edit or publish routes.
  const outsider = await newUserWithTeam(browser, 'aar-outsider');
  const responses = [
    ['page', await outsider.request.get(`/exercises/${id}/report`)],
    ['schema', await outsider.request.get(`/api/exercises/${id}/report/schema`)],
    ['edits', await outsider.request.put(`/api/exercises/${id}/report/edits`, { data: {} })],
    ['publish', await outsider.request.post(`/api/exercises/${id}/report/publish`)],
    ...(await Promise.all(['pdf', ...FORMATS].map(async (format) => [format, await outsider.request.get(`/api/exercises/${id}/report?format=${format}`)] as const))),
  ] as const;
  for (const [label, response] of responses) {
    expect(response.status(), label).toBe(404);
    expect(await response.text(), label).not.toContain('registry not frozen');
  }
});

test('the PDF is printed by Chromium, or the server says to print from the browser', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'aarpdf');
  const api = facilitator.request;
  const { id } = await (await api.post(`/api/teams/${facilitator.slug}/exercises`, { data: { scenarioId: SCENARIO_ID, mode: 'team' } })).json();
  const listed = (await (await api.get(`/api/teams/${facilitator.slug}/exercises`)).json()) as { exercises: { id: string; title: string }[] };
  const title = listed.exercises.find((exercise) => exercise.id === id)!.title;
  const note = 'Chargeback labels from the disputed merchant were never reviewed';
  for (const command of [
    { type: 'exercise.start', mode: 'team' },
    { type: 'note.add', text: note, tag: 'gap' },
    { type: 'action_item.add', text: 'Quarantine the disputed labels before retraining', owner: 'Dana', dueDate: '2027-01-15' },
    { type: 'exercise.end' },
  ]) {
    expect((await api.post(`/api/exercises/${id}/commands`, { data: { ...command, clientId: crypto.randomUUID() } })).status()).toBe(201);
  }
  const response = await api.get(`/api/exercises/${id}/report?format=pdf`);
  test.info().annotations.push({ type: 'pdf', description: String(response.status()) });
  if (response.status() === 501) {
    expect((await response.json()).error).toMatch(/Print/);
    return;
  }
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const body = await response.body();
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Read back: several pages, each with the running header and its page number, every section, and what the log said.
  // pdf.js splits runs of text where the layout does, so compare without whitespace.
  const squash = (text: string) => text.replace(/\s+/g, '');
  const pages = (await pdfPageTexts(new Uint8Array(body))).map(squash);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  pages.forEach((text, index) => {
    expect(text, `page ${index + 1}`).toContain(squash(title));
    expect(text, `page ${index + 1}`).toContain(squash(`Page ${index + 1} of ${pages.length}`));
  });
  const whole = pages.join('');
  for (const heading of ['1. Exercise overview', '2. Executive summary', '3. Timeline', '4. Analysis of objectives', '5. Threat coverage', '6. Improvement plan', '7. Appendices']) expect(whole).toContain(squash(heading));
  expect(whole).toContain(squash(note));
  expect(whole).toContain(squash('Quarantine the disputed labels before retraining'));
});

test('members read the report but cannot edit or publish it; observers do not see it', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'aarroles');
  const api = facilitator.request;
  const { id } = await (await api.post(`/api/teams/${facilitator.slug}/exercises`, { data: { scenarioId: SCENARIO_ID, mode: 'team' } })).json();
  for (const type of ['exercise.start', 'exercise.end']) {
    expect((await api.post(`/api/exercises/${id}/commands`, { data: { type, clientId: crypto.randomUUID() } })).status()).toBe(201);
  }
  const member = await invitedUser(browser, facilitator, 'member');
  await member.page.goto(`/exercises/${id}`);
  await member.page.getByRole('link', { name: 'Open the after-action report' }).click();
  await expect(member.page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();
  await expect(member.page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  expect((await member.request.get(`/api/exercises/${id}/report?format=md`)).status()).toBe(200);
  expect((await member.request.put(`/api/exercises/${id}/report/edits`, { data: { summary: 'mine' } })).status()).toBe(403);
  expect((await member.request.post(`/api/exercises/${id}/report/publish`)).status()).toBe(403);

  const observer = await invitedUser(browser, facilitator, 'observer');
  expect((await observer.request.get(`/exercises/${id}/report`)).status()).toBe(404);
  expect((await observer.request.get(`/api/exercises/${id}/report?format=json`)).status()).toBe(404);
  expect((await observer.request.put(`/api/exercises/${id}/report/edits`, { data: {} })).status()).toBe(404);
});
