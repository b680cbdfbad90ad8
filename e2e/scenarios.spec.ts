import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { scenarioSchema, type Scenario } from '../lib/exercise/scenario-schema';
import { expectNoAxeViolations } from './axe';

// The scenarios as written, read from their MDX source: the test knows every inject's secrets.
const sources = readdirSync('content/scenarios')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => readFileSync(`content/scenarios/${file}`, 'utf8'));
const scenarios: Scenario[] = sources.map((source) => scenarioSchema.parse(load(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '')));

// What the briefing may legitimately say: the background, the public fields, and the library's
// threat titles. An inject that repeats a sentence of these (quoting the background, naming a
// threat) has not leaked anything.
const threatTitles = readdirSync('content/threats', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => /^title:\s*(.+)$/m.exec(readFileSync(`content/threats/${file}`, 'utf8'))?.[1] ?? '');
function publicTextOf(scenario: Scenario): string {
  const source = sources[scenarios.indexOf(scenario)] ?? '';
  return publicParts(scenario, source);
}
// /api/scenarios lists every briefing: a phrase public in one of them is public there.
const allPublicText = () => scenarios.map((s, i) => publicParts(s, sources[i] ?? '')).join(' ');
function publicParts(scenario: Scenario, source: string): string {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const fields = [scenario.title, scenario.summary, ...scenario.roles.flatMap((r) => [r.name, r.brief]), ...scenario.objectives.map((o) => o.text)];
  return [body, ...fields, ...threatTitles].join(' ').replace(/\s+/g, ' ');
}
const byId = (id: string) => {
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario ${id} under content/scenarios`);
  return scenario;
};

/** Everything a participant must not see before the facilitator reveals it. */
function secretsOf(scenario: Scenario): string[] {
  return scenario.injects.flatMap((inject) => [
    inject.narrative,
    inject.facilitatorNotes,
    ...inject.questions.map((q) => q.text),
    ...(inject.decision ? [inject.decision.prompt, ...inject.decision.options.map((o) => o.consequence)] : []),
  ]);
}

/** Runs of plain words (no quotes, markup or punctuation an encoder might rewrite), long enough
 *  to be unmistakable: if any shows up in a response, inject text has leaked, however escaped. */
function fragments(text: string): string[] {
  return (text.match(/[A-Za-z0-9 ,.]{30,}/g) ?? []).map((f) => f.trim()).filter((f) => f.length >= 30);
}

function leaked(body: string, scenario: Scenario, known = publicTextOf(scenario)): string[] {
  const flat = body.replace(/\\n|\s+/g, ' ');
  return secretsOf(scenario)
    .flatMap(fragments)
    .filter((fragment) => !known.includes(fragment))
    .filter((fragment) => flat.includes(fragment));
}

test('the catalogue lists every scenario and a threat filter narrows it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
  await expect(page).toHaveURL(/\/scenarios$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tabletop scenarios' })).toBeVisible();

  const status = page.getByRole('status');
  await expect(status).toHaveText(`${scenarios.length} of ${scenarios.length} scenarios`);
  for (const s of scenarios) await expect(page.getByRole('heading', { level: 2, name: s.title })).toBeVisible();

  const withMembership = scenarios.filter((s) => s.threats.includes('ml04-membership-inference'));
  expect(withMembership.length).toBeGreaterThan(0);
  expect(withMembership.length).toBeLessThan(scenarios.length);
  await page.getByLabel('ML04:2023 Membership Inference Attack', { exact: true }).check();
  await expect(page).toHaveURL(/threat=ml04-membership-inference/);
  await expect(status).toHaveText(`${withMembership.length} of ${scenarios.length} scenarios`);
  await expect(page.getByRole('heading', { level: 2, name: byId('credit-model-membership-inference').title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: byId('fraud-model-label-feedback-poisoning').title })).toHaveCount(0);

  // A second filter combines with AND, and the URL keeps both across a reload.
  await page.getByLabel('Advanced', { exact: true }).check();
  const both = withMembership.filter((s) => s.difficulty === 'advanced');
  await expect(status).toHaveText(`${both.length} of ${scenarios.length} scenarios`);
  await page.reload();
  await expect(page.getByLabel('Advanced', { exact: true })).toBeChecked();
  await expect(status).toHaveText(`${both.length} of ${scenarios.length} scenarios`);

  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: byId('credit-model-membership-inference').title }).click();
  await expect(page).toHaveURL(/\/scenarios\/credit-model-membership-inference$/);
});

test('a briefing page shows objectives, roles and threats in scope, links to running it, and passes axe', async ({ page }) => {
  const scenario = byId('credit-model-membership-inference');
  await page.goto(`/scenarios/${scenario.id}`);
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();

  const objectives = page.getByRole('region', { name: 'Objectives' }).getByRole('listitem');
  await expect(objectives).toHaveText(scenario.objectives.map((o) => o.text));
  const roles = page.getByRole('region', { name: 'Roles' });
  for (const role of scenario.roles) await expect(roles.getByRole('heading', { level: 3, name: role.name, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Background' }).getByRole('heading', { level: 2, name: 'The organisation' })).toBeVisible();

  const threats = page.getByRole('region', { name: 'Threats in scope' });
  await expect(threats.getByRole('link', { name: /ML04:2023\s*Membership Inference Attack/ })).toHaveAttribute('href', '/threats/ml04-membership-inference');
  await expect(page.getByRole('link', { name: 'Run this exercise' })).toHaveAttribute('href', `/exercises/new?scenario=${scenario.id}`);
  await expect(page.getByText(`${scenario.durationMinutes} minutes`)).toBeVisible();

  await expectNoAxeViolations(page);
});

test('on a phone-sized screen the catalogue and a briefing fit without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/scenarios', ...scenarios.map((s) => `/scenarios/${s.id}`)]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
});

test('a threat page lists the scenarios that exercise it', async ({ page }) => {
  await page.goto('/threats/fin-04-chargeback-label-poisoning');
  const exercisedIn = page.getByRole('region', { name: 'Exercised in' });
  await expect(exercisedIn.getByRole('link', { name: byId('fraud-model-label-feedback-poisoning').title })).toHaveAttribute(
    'href',
    '/scenarios/fraud-model-label-feedback-poisoning',
  );
});

for (const scenario of scenarios) {
  test(`nothing of ${scenario.id}'s injects reaches its briefing page or the scenarios API`, async ({ request }) => {
    expect(secretsOf(scenario).flatMap(fragments).length).toBeGreaterThan(20);

    const html = await request.get(`/scenarios/${scenario.id}`);
    expect(html.status()).toBe(200);
    const page = await html.text();
    expect(page).toContain(scenario.objectives[0]?.text.slice(0, 40));
    expect(leaked(page, scenario)).toEqual([]);

    const one = await request.get(`/api/scenarios/${scenario.id}`);
    expect(one.status()).toBe(200);
    const json = await one.text();
    const briefing: unknown = JSON.parse(json);
    expect(briefing).toMatchObject({
      id: scenario.id,
      injectCount: scenario.injects.length,
      decisionPointCount: scenario.injects.filter((i) => i.decision).length,
    });
    expect(leaked(json, scenario)).toEqual([]);
    expect(json).not.toContain('"injects"');

    const all = await (await request.get('/api/scenarios')).text();
    expect(all).toContain(`"id":"${scenario.id}"`);
    expect(leaked(all, scenario, allPublicText())).toEqual([]);
  });
}

test('the scenarios API answers an unknown or malformed id with a JSON 404', async ({ request }) => {
  for (const id of ['no-such-scenario', 'Not%20A%20Slug']) {
    const response = await request.get(`/api/scenarios/${id}`);
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toEqual({ error: 'not found', message: 'no scenario has this id' });
  }
});
