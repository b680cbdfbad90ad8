import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { invitedUser, newUserWithTeam } from './support/accounts';
import { readScenario } from './support/scenario-file';

test.describe.configure({ timeout: 240_000 });

const SCENARIO_ID = 'fraud-model-label-feedback-poisoning';
const scenario = readScenario(SCENARIO_ID);
const ADDED_ISSUE = '<img src=x onerror=alert(1)> Chargeback labels arrive unsigned';

/** An ended team exercise with a gap note and an action item, a guest who joined it and an observer in its team. */
async function endedExercise(browser: import('@playwright/test').Browser) {
  const facilitator = await newUserWithTeam(browser, 'share');
  const api = facilitator.request;
  const created = await api.post(`/api/teams/${facilitator.slug}/exercises`, { data: { scenarioId: SCENARIO_ID, mode: 'team' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await facilitator.page.goto(`/exercises/${id}`);
  const joinCode = (await facilitator.page.locator('[data-join-code]').textContent())!.trim();

  const guestContext = await browser.newContext();
  const guest = { context: guestContext, page: await guestContext.newPage(), request: guestContext.request };
  expect((await guest.request.post('/api/join', { data: { code: joinCode, name: 'Gus Guest' } })).status()).toBe(201);
  const observer = await invitedUser(browser, facilitator, 'observer');

  const command = async (data: Record<string, unknown>) => {
    const response = await api.post(`/api/exercises/${id}/commands`, { data: { ...data, clientId: crypto.randomUUID() } });
    expect(response.status(), `${String(data.type)}: ${await response.text()}`).toBe(201);
  };
  await command({ type: 'exercise.start', mode: 'team' });
  await command({ type: 'inject.reveal', injectId: 'ring-cluster' });
  await command({ type: 'note.add', text: 'Nobody owns the label feed', tag: 'gap', objectiveId: 'contain-the-model' });
  await command({ type: 'action_item.add', text: 'Write the rollback runbook', owner: 'Priya', dueDate: '2026-12-31', objectiveId: 'contain-the-model' });
  await command({ type: 'exercise.end' });
  return { id, facilitator, guest, observer };
}

async function statusOf(request: APIRequestContext, url: string): Promise<number> {
  return (await request.get(url, { maxRedirects: 0 })).status();
}

/** Opens item `n` of the editor's plan (a <details>) unless it is open already. */
async function openItem(page: Page, n: number) {
  const summary = page.locator('summary', { hasText: new RegExp(`^Item ${n}\\b`) });
  if (!(await summary.locator('xpath=..').evaluate((details) => details.hasAttribute('open')))) await summary.click();
  await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
}

test('a facilitator edits and adds improvement items; the plan table and the CSV show them', async ({ browser }) => {
  const { id, facilitator } = await endedExercise(browser);
  const { page, request: api } = facilitator;
  const draft = await (await api.get(`/api/exercises/${id}/report?format=json`)).json();
  const items: { id: string; source: string }[] = draft.improvementPlan.items;
  const n = items.findIndex((item) => item.source === 'action-item') + 1;
  expect(n).toBeGreaterThan(0);

  await page.goto(`/exercises/${id}/report`);
  await expect(page.getByRole('heading', { level: 1, name: scenario.title, exact: true })).toBeVisible();
  await openItem(page, n);
  const field = (label: string, item = n) => page.getByLabel(`${label} of item ${item}`, { exact: true });
  await expect(field('Corrective action')).toHaveValue('Write the rollback runbook');
  await expect(field('Owner')).toHaveValue('Priya');

  // The server refuses a blank issue; the form says which item and field, and nothing is saved.
  const issue = await field('Issue / area for improvement').inputValue();
  await field('Issue / area for improvement').fill('');
  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  await expect(page.locator('p[role=alert]').filter({ hasText: `Item ${n}, issue / area for improvement: must not be empty` })).toBeVisible();
  await expect(field('Issue / area for improvement')).toHaveAttribute('aria-invalid', 'true');
  await field('Issue / area for improvement').fill(issue);

  await field('Owner').fill('Dana Ops');
  await field('Due date').fill('2027-03-31');
  await field('Status').selectOption({ label: 'In progress' });
  await field('Capability element').selectOption({ label: 'Planning' });

  await page.getByRole('button', { name: 'Add an improvement item', exact: true }).click();
  const added = items.length + 1;
  // The new row opens with its issue field focused.
  await expect(field('Issue / area for improvement', added)).toBeFocused();
  await field('Issue / area for improvement', added).fill(ADDED_ISSUE);
  await field('Corrective action', added).fill('Sign chargeback labels at the source');
  await field('Owner', added).fill('Sam Data');
  await field('Start date', added).fill('2027-01-15');
  await field('Objective', added).selectOption({ label: scenario.objectives[0]!.text });
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  await expect(page.getByText('Draft saved.', { exact: true })).toBeVisible();
  const plan = page.getByRole('region', { name: 'Improvement plan', exact: true }).getByRole('table');
  const actionRow = plan.getByRole('row').filter({ hasText: 'Write the rollback runbook' });
  await expect(actionRow).toContainText('Dana Ops');
  await expect(actionRow).toContainText('2027-03-31');
  await expect(actionRow).toContainText('In progress');
  await expect(actionRow).toContainText('Planning');
  // Markup in user text is shown as text.
  const addedRow = plan.getByRole('row').filter({ hasText: ADDED_ISSUE });
  await expect(addedRow).toContainText('Sam Data');
  await expect(addedRow).toContainText('2027-01-15');
  await expect(page.locator('img[src=x]')).toHaveCount(0);

  // Saving again keeps the added item's id: it is the same item, not a new one.
  const addedIds = async () => {
    const saved = await (await api.get(`/api/exercises/${id}/report?format=json`)).json();
    return saved.improvementPlan.items.filter((item: { source: string }) => item.source === 'added').map((item: { id: string }) => item.id);
  };
  const first = await addedIds();
  expect(first).toEqual([expect.stringMatching(/^added-[0-9a-f]{32}$/)]);
  await field('Owner', added).fill('Sam Data-Lead');
  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  await expect(addedRow).toContainText('Sam Data-Lead');
  expect(await addedIds()).toEqual(first);

  const csv = await (await api.get(`/api/exercises/${id}/report?format=csv`)).text();
  // Title, description (several lines), assignee, due date, labels.
  expect(csv).toMatch(/"Write the rollback runbook","[^"]*Status: In progress[^"]*","Dana Ops","2027-03-31","after-action capability-planning objective-contain-the-model status-in-progress"/);
  expect(csv).toMatch(/"Sign chargeback labels at the source","Issue \/ area for improvement: <img src=x onerror=alert\(1\)> Chargeback labels arrive unsigned[^"]*","Sam Data-Lead",/);

  // Removing a derived item takes it out of the plan; the editor offers it back.
  await openItem(page, n);
  await page.getByLabel(`Remove item ${n} from the plan (it stays in the timeline and the log)`, { exact: true }).check();
  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  await expect(page.getByText('Draft saved.', { exact: true })).toBeVisible();
  await expect(plan.getByRole('row').filter({ hasText: 'Write the rollback runbook' })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('summary').filter({ hasText: '(removed from the plan)' })).toHaveCount(1);

  // Once published, the editor is gone.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('published-line')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add an improvement item', exact: true })).toHaveCount(0);
  expect((await api.put(`/api/exercises/${id}/report/edits`, { data: { addedItems: [] } })).status()).toBe(409);
});

test('observers and guests read the report only while the facilitator shares it', async ({ browser }) => {
  const { id, facilitator, guest, observer } = await endedExercise(browser);
  const { page, request: api } = facilitator;
  const readers = [
    ['observer', observer.request],
    ['guest', guest.request],
  ] as const;
  const expectRefused = async (when: string) => {
    for (const [who, request] of readers) {
      expect(await statusOf(request, `/exercises/${id}/report`), `${who} page ${when}`).toBe(404);
      expect(await statusOf(request, `/api/exercises/${id}/report?format=md`), `${who} download ${when}`).toBe(404);
      expect((await request.put(`/api/exercises/${id}/report/share`)).status(), `${who} share ${when}`).toBe(404);
    }
  };
  await expectRefused('before publishing');
  await guest.page.goto(`/exercises/${id}`);
  await expect(guest.page.getByText('The exercise has ended.')).toBeVisible();
  await expect(guest.page.getByRole('link', { name: 'Open the after-action report', exact: true })).toHaveCount(0);

  // Only a published report can be shared.
  await page.goto(`/exercises/${id}/report`);
  await expect(page.getByRole('button', { name: 'Share with observers and guests', exact: true })).toHaveCount(0);
  const early = await api.put(`/api/exercises/${id}/report/share`);
  expect(early.status()).toBe(409);
  expect((await early.json()).error).toMatch(/Publish the report before sharing/);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('published-line')).toBeVisible();
  await expectRefused('published, not shared');

  await page.getByRole('button', { name: 'Share with observers and guests', exact: true }).click();
  await expect(page.getByTestId('shared-line')).toContainText('Shared with the team’s observers and the exercise’s guests since');
  await expectNoAxeViolations(page);

  await observer.page.goto(`/exercises/${id}/report`);
  await expect(observer.page.getByRole('heading', { level: 1, name: scenario.title, exact: true })).toBeVisible();
  await expect(observer.page.getByRole('button', { name: 'Stop sharing', exact: true })).toHaveCount(0);
  const md = await observer.request.get(`/api/exercises/${id}/report?format=md`);
  expect(md.status()).toBe(200);
  expect(await md.text()).toContain('Nobody owns the label feed');

  // The guest finds the report from the ended exercise's page.
  await guest.page.goto(`/exercises/${id}`);
  await guest.page.getByRole('link', { name: 'Open the after-action report', exact: true }).click();
  await guest.page.waitForURL(`**/exercises/${id}/report`);
  await expect(guest.page.getByRole('heading', { level: 1, name: scenario.title, exact: true })).toBeVisible();
  const csv = await guest.request.get(`/api/exercises/${id}/report?format=csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('Write the rollback runbook');
  // Reading is all they may do.
  for (const [who, request] of readers) {
    expect((await request.delete(`/api/exercises/${id}/report/share`)).status(), who).toBe(403);
    expect((await request.put(`/api/exercises/${id}/report/edits`, { data: {} })).status(), who).toBe(403);
  }

  await page.getByRole('button', { name: 'Stop sharing', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Share with observers and guests', exact: true })).toBeVisible();
  await expectRefused('after unsharing');
  await guest.page.goto(`/exercises/${id}`);
  await expect(guest.page.getByText('The exercise has ended.')).toBeVisible();
  await expect(guest.page.getByRole('link', { name: 'Open the after-action report', exact: true })).toHaveCount(0);
});
