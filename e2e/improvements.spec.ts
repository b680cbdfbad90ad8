import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { invitedUser, newUserWithTeam } from './support/accounts';
import { injectOf, readScenario } from './support/scenario-file';

test.describe.configure({ timeout: 180_000 });

const SCENARIO_ID = 'fraud-model-label-feedback-poisoning';
const scenario = readScenario(SCENARIO_ID);
const ACTION = 'Write the rollback runbook';
const ISSUE = `Action item raised at “${injectOf(scenario, 'ring-cluster').title}”`;

test('published action items join the team’s plan, are reassigned, turn overdue, and close only with a comment; other teams get 404', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'plan');
  const api = facilitator.request;
  await invitedUser(browser, facilitator, 'member', 'Priya Member');

  const { id: exerciseId } = await (await api.post(`/api/teams/${facilitator.slug}/exercises`, { data: { scenarioId: SCENARIO_ID, mode: 'team' } })).json();
  const command = async (data: Record<string, unknown>) => {
    const response = await api.post(`/api/exercises/${exerciseId}/commands`, { data: { ...data, clientId: crypto.randomUUID() } });
    expect(response.status(), `${String(data.type)}: ${await response.text()}`).toBe(201);
  };
  await command({ type: 'exercise.start', mode: 'team' });
  await command({ type: 'inject.reveal', injectId: 'ring-cluster' });
  await command({ type: 'decision.record', injectId: 'ring-cluster', optionId: 'roll-back-to-v40', rationale: 'Stop the bleeding first' });
  await command({ type: 'action_item.add', text: ACTION, owner: 'Priya', dueDate: '2099-12-31', objectiveId: 'contain-the-model' });
  await command({ type: 'exercise.end' });
  const published = await api.post(`/api/exercises/${exerciseId}/report/publish`);
  expect(published.status(), await published.text()).toBe(200);

  // The team page leads to the plan; the item is there with the exercise it came from.
  const page = facilitator.page;
  await page.goto(`/t/${facilitator.slug}`);
  await page.getByRole('link', { name: 'Improvement plan', exact: true }).click();
  await page.waitForURL(`**/t/${facilitator.slug}/improvements`);
  await expect(page.getByRole('heading', { level: 1, name: 'Improvement plan' })).toBeVisible();
  const row = page.locator('tr', { hasText: ACTION });
  await expect(row).toContainText(scenario.title);
  await expect(row).toContainText('Priya');
  await expect(row).toContainText('2099-12-31');
  await expect(row.getByRole('link', { name: new RegExp(scenario.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toHaveAttribute('href', `/exercises/${exerciseId}/report`);
  // Its threats link to their library pages; they are threats the scenario put in scope.
  const threatHref = await row.locator('a[href^="/threats/"]').first().getAttribute('href');
  expect(scenario.threats.map((id) => `/threats/${id}`)).toContain(threatHref);
  await expect(row).not.toContainText('Overdue');
  await expectNoAxeViolations(page);

  // Reassign to a member and move the due date into the past: the item is overdue.
  const card = page.getByRole('region', { name: ISSUE, exact: true });
  await card.getByText('Update this item', { exact: true }).click();
  await card.getByLabel('Owner', { exact: true }).selectOption({ label: 'Priya Member' });
  await card.getByLabel('Due date', { exact: true }).fill('2024-01-15');
  await card.getByLabel('Comment', { exact: true }).fill('Priya owns the runbook now.');
  await card.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(card.getByRole('status')).toHaveText('Saved.');
  await expect(row).toContainText('Overdue');
  await expect(row).toContainText('Priya Member');
  await expect(page.locator('[data-count=overdue]')).toHaveText('1');
  await expect(card).toContainText('Owner: Priya → Priya Member');
  await expect(card).toContainText('Due date: 2099-12-31 → 2024-01-15');
  await expectNoAxeViolations(page);

  // Closing needs a comment: the server says so and nothing changes.
  await card.getByLabel('Status', { exact: true }).selectOption({ label: 'Complete' });
  await card.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(card.locator('p[role=alert]')).toContainText('an item is marked complete only with a comment');
  await expect(row).toContainText('Not started');

  await card.getByLabel('Comment', { exact: true }).fill('Runbook merged and rehearsed.');
  await card.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(row).toHaveCount(0);
  await expect(page.locator('[data-count=closed]')).toHaveText('1');

  // Under closed, with its history (the filters are a plain GET form).
  await page.getByRole('form', { name: 'Filter the plan' }).getByLabel('Status', { exact: true }).selectOption('closed');
  await page.getByRole('button', { name: 'Apply filters', exact: true }).click();
  await page.waitForURL(/status=closed/);
  await expect(page.locator('tr', { hasText: ACTION })).toContainText('Complete');
  const closedCard = page.getByRole('region', { name: ISSUE, exact: true });
  await expect(closedCard).toContainText('Status: Not started → Complete');
  await expect(closedCard).toContainText('“Runbook merged and rehearsed.”');
  await expect(closedCard).toContainText('“Priya owns the runbook now.”');
  await expectNoAxeViolations(page);

  // The filters work without JavaScript too.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await facilitator.context.storageState() });
  const plain = await noScript.newPage();
  await plain.goto(`/t/${facilitator.slug}/improvements`);
  await expect(plain.locator('tr', { hasText: ACTION })).toHaveCount(0);
  await plain.getByRole('form', { name: 'Filter the plan' }).getByLabel('Status', { exact: true }).selectOption('all');
  await plain.getByRole('button', { name: 'Apply filters', exact: true }).click();
  await expect(plain.locator('tr', { hasText: ACTION })).toContainText('Complete');
  await expect(plain).toHaveURL(/status=all/);
  // Updating needs the script: without it the page says so instead of offering a form that cannot work.
  await expect(plain.getByRole('button', { name: 'Save changes', exact: true })).toHaveCount(0);
  await noScript.close();

  // The API: the same item, a retry stored once, a stale version refused, bad input explained.
  const list = await (await api.get(`/api/teams/${facilitator.slug}/improvements?status=closed`)).json();
  const item = list.items.find((i: { correctiveAction: string }) => i.correctiveAction === ACTION);
  expect(item).toMatchObject({ status: 'complete', owner: 'Priya Member', exerciseId, version: 3 });
  const itemUrl = `/api/teams/${facilitator.slug}/improvements/${item.id}`;
  const retryBody = { clientId: crypto.randomUUID(), expectedVersion: 3, comment: 'Checked again a week later.' };
  const first = await api.patch(itemUrl, { data: retryBody });
  expect(first.status(), await first.text()).toBe(200);
  const retry = await api.patch(itemUrl, { data: retryBody });
  expect((await retry.json()).replayed).toBe(true);
  expect((await (await api.get(itemUrl)).json()).item.history).toHaveLength(3);
  const stale = await api.patch(itemUrl, { data: { clientId: crypto.randomUUID(), expectedVersion: 3, status: 'in-progress' } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatch(/Reload/);
  const hostile = await api.patch(itemUrl, { data: { clientId: crypto.randomUUID(), expectedVersion: 4, comment: 'x'.repeat(100_000) } });
  expect(hostile.status()).toBe(400);
  expect((await hostile.json()).error).toMatch(/^Comment: must be at most 2000 characters/);
  expect((await api.get(`/api/teams/${facilitator.slug}/improvements?status=late`)).status()).toBe(400);

  // Another team's user finds nothing: not the page, not the item through either team's URL.
  const outsider = await newUserWithTeam(browser, 'plan-outsider');
  expect((await outsider.request.get(`/t/${facilitator.slug}/improvements`)).status()).toBe(404);
  for (const url of [itemUrl, `/api/teams/${outsider.slug}/improvements/${item.id}`]) {
    expect((await outsider.request.get(url)).status(), url).toBe(404);
    const patch = await outsider.request.patch(url, { data: { clientId: crypto.randomUUID(), expectedVersion: 4, status: 'in-progress' } });
    expect(patch.status(), url).toBe(404);
    expect(await patch.text()).not.toContain(ACTION);
  }
  expect((await (await outsider.request.get(`/api/teams/${outsider.slug}/improvements?status=all`)).json()).items).toEqual([]);

  // Observers do not see the plan.
  const observer = await invitedUser(browser, facilitator, 'observer', 'Olga Observer');
  expect((await observer.request.get(`/t/${facilitator.slug}/improvements`)).status()).toBe(404);
  expect((await observer.request.get(`/api/teams/${facilitator.slug}/improvements`)).status()).toBe(403);
  await expect(observer.page.getByRole('link', { name: 'Improvement plan', exact: true })).toHaveCount(0);
});
