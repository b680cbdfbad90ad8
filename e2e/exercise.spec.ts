import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { newUserWithTeam, PASSWORD, uniqueEmail } from './support/accounts';
import { injectOf, readScenario, secretSnippets } from './support/scenario-file';

test.describe.configure({ timeout: 180_000 });

// Against PostgreSQL the app runs as two instances: participants use the second one, so live
// events must cross instances through LISTEN/NOTIFY.
const participantBaseURL = process.env.E2E_SECOND_BASE_URL;
const participantContext = (browser: import('@playwright/test').Browser) => browser.newContext(participantBaseURL ? { baseURL: participantBaseURL } : {});

const SCENARIO_ID = 'fraud-model-label-feedback-poisoning';
const scenario = readScenario(SCENARIO_ID);
const decisionInject = injectOf(scenario, 'ring-cluster');
const chosen = decisionInject.decision!.options.find((o) => o.id === 'roll-back-to-v40')!;
const branchTarget = injectOf(scenario, chosen.next);
const notTaken = injectOf(scenario, 'evening-cash-out');
// What a participant must never receive: notes, consequences, expected actions, the branch not taken.
const SECRETS = secretSnippets([
  ...scenario.injects.map((i) => i.facilitatorNotes),
  ...decisionInject.decision!.options.map((o) => o.consequence),
  ...decisionInject.decision!.expectedActions.map((a) => a.text),
  notTaken.narrative,
  injectOf(scenario, 'board-brief').narrative,
]);

/** Reads the raw event stream for a moment, as the browser receives it. */
async function readStream(page: Page, exerciseId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const controller = new AbortController();
    const response = await fetch(`/api/exercises/${id}/stream?after=0`, { signal: controller.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const deadline = Date.now() + 1500;
    while (Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 300))]);
      if (chunk && !chunk.done) text += decoder.decode(chunk.value);
    }
    controller.abort();
    return text;
  }, exerciseId);
}

function expectNoSecrets(label: string, text: string) {
  for (const secret of SECRETS) expect(text, `${label} leaks "${secret}"`).not.toContain(secret);
}

async function openExercise(page: Page, teamSlug: string, mode: 'team' | 'solo'): Promise<string> {
  await page.goto(`/t/${teamSlug}/exercises?scenario=${SCENARIO_ID}`);
  await page.getByLabel(mode === 'team' ? /Run it live with the team/ : /Solo practice/).check();
  await page.getByRole('button', { name: 'Open exercise' }).click();
  await page.waitForURL(/\/exercises\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

async function inviteMember(owner: { request: APIRequestContext; slug: string }, page: Page, name: string) {
  const invite = await owner.request.post(`/api/teams/${owner.slug}/invites`, { data: { role: 'member' } });
  const { url } = await invite.json();
  await page.goto(new URL(url).pathname);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(uniqueEmail(name.toLowerCase()));
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`**/t/${owner.slug}`);
}

test('a facilitator, a member and a guest play through a vote, a decision and a branch, live', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'facil');
  const exerciseId = await openExercise(facilitator.page, facilitator.slug, 'team');
  const console_ = facilitator.page;
  await expect(console_.getByRole('heading', { name: scenario.title })).toBeVisible();
  await expectNoAxeViolations(console_);
  const joinCode = (await console_.locator('[data-join-code]').textContent())!.trim();
  expect(joinCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/);

  // A member joins as themselves, choosing a scenario role.
  const memberContext = await participantContext(browser);
  const member = await memberContext.newPage();
  await inviteMember(facilitator, member, 'Mona');
  await member.goto(`/exercises/${exerciseId}`);
  await member.getByLabel('The role you play').selectOption('mlops');
  await member.getByRole('button', { name: 'Join' }).click();
  await expect(member.getByText('Waiting for the facilitator to start')).toBeVisible();

  // A guest joins with the code and a display name; a wrong code is refused with a message.
  const guestContext = await participantContext(browser);
  const guest = await guestContext.newPage();
  await guest.goto('/join');
  await guest.getByLabel('Join code').fill('ZZZZ-ZZZZ-ZZ');
  await guest.getByLabel('Your name as others will see it').fill('Gus Guest');
  await guest.getByRole('button', { name: 'Join' }).click();
  await expect(guest.locator('p[role=alert]')).toContainText('No open exercise has this code');
  await guest.getByLabel('Join code').fill(joinCode.toLowerCase().replace(/-/g, ' '));
  await guest.getByRole('button', { name: 'Join' }).click();
  await guest.waitForURL(`**/exercises/${exerciseId}`);
  await expect(guest.getByText('Waiting for the facilitator to start')).toBeVisible();

  // Presence reaches the console.
  await expect(console_.locator('[data-presence]')).toContainText('Mona');
  await expect(console_.locator('[data-presence]')).toContainText('Gus Guest');

  await console_.getByRole('button', { name: 'Start exercise' }).click();
  const first = injectOf(scenario, scenario.start);
  await expect(member.getByRole('heading', { name: first.title })).toBeVisible();
  await expect(guest.getByRole('heading', { name: first.title })).toBeVisible();
  await console_.getByRole('button', { name: `Reveal next inject: ${decisionInject.title}` }).click();
  await expect(guest.getByRole('heading', { name: decisionInject.title, level: 2 })).toBeVisible();
  await expect(console_.getByText('Facilitator notes (not shown to participants)')).toBeVisible();

  await console_.getByRole('button', { name: 'Open vote' }).click();
  const rollBack = decisionInject.decision!.options[0]!;
  const keep = decisionInject.decision!.options[1]!;
  await member.getByLabel(rollBack.label).check();
  await member.getByLabel('Why (optional)').fill('Stop the bleeding first <script>alert(1)</script>');
  await member.getByRole('button', { name: 'Cast vote' }).click();
  await guest.getByLabel(keep.label).check();
  await guest.getByRole('button', { name: 'Cast vote' }).click();
  // The guest changes their mind; the vote is replaced, not doubled.
  await expect(guest.getByRole('button', { name: 'Change vote' })).toBeVisible();
  await guest.getByLabel(rollBack.label).check();
  await guest.getByRole('button', { name: 'Change vote' }).click();
  await expect(console_.locator('[data-votes] li')).toHaveCount(2);
  await expect(console_.locator('[data-votes]')).toContainText('Mona');
  await expect(console_.locator('[data-votes]')).toContainText('<script>alert(1)</script>');

  // A participant reloads mid-vote and misses nothing: the inject and their own vote are there.
  await member.reload();
  await expect(member.getByRole('heading', { name: decisionInject.title, level: 2 })).toBeVisible();
  await expect(member.locator('[data-my-vote]')).toHaveAttribute('data-my-vote', rollBack.id);
  await expectNoAxeViolations(member);

  // Raw responses a participant can get hold of carry no facilitator-only text.
  expectNoSecrets('participant page', await member.content());
  expectNoSecrets('guest page', await guest.content());
  expectNoSecrets('participant view API', await (await member.request.get(`/api/exercises/${exerciseId}/view`)).text());
  expectNoSecrets('guest view API', await (await guest.request.get(`/api/exercises/${exerciseId}/view`)).text());
  const guestStream = await readStream(guest, exerciseId);
  expect(guestStream).toContain('event: exercise');
  expectNoSecrets('guest stream', guestStream);
  expectNoSecrets('participant stream', await readStream(member, exerciseId));
  // Nobody but the facilitator sees who voted what.
  expect(guestStream).not.toContain('Stop the bleeding first');

  await console_.getByRole('button', { name: 'Close vote' }).click();
  await console_.getByRole('button', { name: 'Show tally to everyone' }).click();
  await expect(guest.getByText(`${rollBack.label}: 2`)).toBeVisible();
  const decisionForm = console_.getByRole('form', { name: "Record the team's decision" });
  await decisionForm.getByLabel(chosen.label).check();
  await console_.getByLabel('Rationale').fill('Losses outweigh the month of learning; model risk agreed.');
  await console_.getByRole('button', { name: 'Record decision' }).click();
  await expect(guest.getByText('Losses outweigh the month of learning')).toBeVisible();

  await console_.getByLabel('Note', { exact: true }).fill('Legal asked early about the notification clock.');
  await console_.getByRole('form', { name: 'Add a note' }).getByRole('combobox').first().selectOption('strength');
  await console_.getByRole('button', { name: 'Add note' }).click();
  await expect(console_.locator('[data-notes]')).toContainText('Legal asked early');
  await console_.locator('#action-text').fill('Add label provenance to the chargeback feed');
  await console_.locator('input[name=action-owner]').fill('Fraud ops lead');
  await console_.locator('input[name=action-due]').fill('2027-01-15');
  await console_.getByRole('button', { name: 'Add action item' }).click();
  await expect(guest.getByText('Add label provenance to the chargeback feed')).toBeVisible();

  // The branch taken decides what everyone sees next.
  await console_.getByRole('button', { name: `Reveal next inject: ${branchTarget.title}` }).click();
  await expect(guest.getByRole('heading', { name: branchTarget.title, level: 2 })).toBeVisible();
  await expect(member.getByRole('heading', { name: branchTarget.title, level: 2 })).toBeVisible();
  await expect(member.getByText(notTaken.title)).toHaveCount(0);

  // The guest is removed: their page says so and their next request is refused.
  await console_.getByRole('button', { name: 'Remove Gus Guest' }).click();
  await expect(guest.getByText('The facilitator removed you from this exercise')).toBeVisible();
  const refused = await guest.request.post(`/api/exercises/${exerciseId}/commands`, {
    data: { type: 'note.add', clientId: crypto.randomUUID(), text: 'still here?', tag: 'observation' },
  });
  expect([401, 403, 404]).toContain(refused.status());
  expect((await guest.request.get(`/api/exercises/${exerciseId}/view`)).status()).toBe(401);

  await expectNoAxeViolations(console_);
  await memberContext.close();
  await guestContext.close();
  await facilitator.context.close();
});

test('retries are stored once, hostile and oversized input is refused, other teams get 404', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'retry');
  const exerciseId = await openExercise(facilitator.page, facilitator.slug, 'team');
  const api = facilitator.request;
  const post = (data: unknown) => api.post(`/api/exercises/${exerciseId}/commands`, { data });
  expect((await post({ type: 'exercise.start', mode: 'team', clientId: crypto.randomUUID() })).status()).toBe(201);
  const clientId = crypto.randomUUID();
  const note = { type: 'note.add', clientId, text: '<img src=x onerror=alert(1)> and "; drop table exercise_events;--', tag: 'gap' };
  const firstTry = await post(note);
  expect(firstTry.status()).toBe(201);
  const retry = await post(note);
  expect(retry.status()).toBe(200);
  expect((await retry.json()).seq).toBe((await firstTry.json()).seq);
  const view = await (await api.get(`/api/exercises/${exerciseId}/view`)).json();
  expect(view.events.filter((e: { type: string }) => e.type === 'note.added')).toHaveLength(1);
  expect(view.events.find((e: { type: string }) => e.type === 'note.added').payload.text).toBe(note.text);

  expect((await post({ ...note, text: 'x'.repeat(100_000), clientId: crypto.randomUUID() })).status()).toBe(413);
  const tooLong = await post({ ...note, text: 'x'.repeat(5000), clientId: crypto.randomUUID() });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error).toMatch(/4000/);
  expect((await post({ type: 'inject.reveal', injectId: 'board-brief', clientId: crypto.randomUUID() })).status()).toBe(409);
  expect((await post({ type: 'decision.record', injectId: 'ring-cluster', optionId: 'roll-back-to-v40', rationale: 'early', clientId: crypto.randomUUID() })).status()).toBeGreaterThanOrEqual(400);
  expect((await api.post(`/api/exercises/${exerciseId}/commands`, { headers: { 'content-type': 'application/json' }, data: Buffer.from('{oops') })).status()).toBe(400);

  const outsider = await newUserWithTeam(browser, 'outsider');
  for (const [label, response] of [
    ['page', await outsider.request.get(`/exercises/${exerciseId}`)],
    ['view', await outsider.request.get(`/api/exercises/${exerciseId}/view`)],
    ['stream', await outsider.request.get(`/api/exercises/${exerciseId}/stream`)],
    ['command', await outsider.request.post(`/api/exercises/${exerciseId}/commands`, { data: { type: 'note.add', clientId: crypto.randomUUID(), text: 'hi', tag: 'observation' } })],
    ['team list', await outsider.request.get(`/api/teams/${facilitator.slug}/exercises`)],
  ] as const) {
    expect(response.status(), label).toBe(404);
    expect(await response.text(), label).not.toContain('drop table');
  }
  // Ending refuses further writes.
  expect((await post({ type: 'exercise.end', clientId: crypto.randomUUID() })).status()).toBe(201);
  const late = await post({ type: 'note.add', clientId: crypto.randomUUID(), text: 'after the end', tag: 'gap' });
  expect(late.status()).toBe(409);

  // The finished exercise replays step by step, for its facilitator only.
  const page = facilitator.page;
  await page.goto(`/t/${facilitator.slug}/exercises`);
  await page.getByRole('link', { name: 'replay' }).first().click();
  await expect(page.getByRole('heading', { name: scenario.title })).toBeVisible();
  await expect(page.locator('[data-replay-step]')).toHaveAttribute('data-replay-step', '3');
  await expect(page.getByText(note.text)).toBeVisible();
  await page.getByRole('button', { name: 'Previous event' }).click();
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(page.locator('[data-replay-step]')).toHaveAttribute('data-replay-step', '1');
  await expect(page.getByText(note.text)).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await outsider.request.get(`/exercises/${exerciseId}/replay`)).status()).toBe(404);
  await facilitator.context.close();
  await outsider.context.close();
});

test('a batch of commands is answered command by command, and a retried batch is stored once', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'batch');
  const exerciseId = await openExercise(facilitator.page, facilitator.slug, 'team');
  const post = (data: unknown) => facilitator.request.post(`/api/exercises/${exerciseId}/commands`, { data });
  const batch = [
    { type: 'exercise.start', mode: 'team', clientId: crypto.randomUUID() },
    { type: 'note.add', clientId: crypto.randomUUID(), text: '<script>alert(1)</script>', tag: 'gap' },
    { type: 'note.add', clientId: crypto.randomUUID(), text: 'x'.repeat(5000), tag: 'gap' },
    { type: 'inject.reveal', injectId: 'no-such-inject', clientId: crypto.randomUUID() },
    'not a command',
    { type: 'note.add', clientId: crypto.randomUUID(), text: 'last', tag: 'observation' },
  ];
  const first = await post(batch);
  expect(first.status()).toBe(200);
  const results = (await first.json()).results as { status: number; seq?: number; error?: string }[];
  expect(results.map((r) => r.status)).toEqual([201, 201, 400, results[3]!.status, 400, 201]);
  expect(results[3]!.status).toBeGreaterThanOrEqual(400);
  expect(results[2]!.error).toMatch(/4000/);
  expect([results[0]!.seq, results[1]!.seq, results[5]!.seq]).toEqual([1, 2, 3]);
  // The same batch again: every stored command answered with its first result, nothing doubled.
  const again = (await (await post(batch)).json()).results as { status: number; seq?: number }[];
  expect(again.filter((r) => r.status === 200).map((r) => r.seq)).toEqual([1, 2, 3]);
  const view = await (await facilitator.request.get(`/api/exercises/${exerciseId}/view`)).json();
  expect(view.events.map((e: { type: string }) => e.type)).toEqual(['exercise.started', 'note.added', 'note.added']);
  // Limits: empty and oversized batches change nothing.
  expect((await post([])).status()).toBe(400);
  expect((await post(Array.from({ length: 51 }, () => ({ type: 'note.add', clientId: crypto.randomUUID(), text: 'n', tag: 'gap' })))).status()).toBe(413);
  const outsider = await newUserWithTeam(browser, 'batch-outsider');
  expect((await outsider.request.post(`/api/exercises/${exerciseId}/commands`, { data: [{ type: 'note.add', clientId: crypto.randomUUID(), text: 'hi', tag: 'gap' }] })).status()).toBe(404);
  expect((await (await facilitator.request.get(`/api/exercises/${exerciseId}/view`)).json()).events).toHaveLength(3);
  await facilitator.context.close();
  await outsider.context.close();
});

test('solo practice runs a scenario to the end with a debrief after each decision', async ({ browser }) => {
  const user = await newUserWithTeam(browser, 'solo');
  await openExercise(user.page, user.slug, 'solo');
  const page = user.page;
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('heading', { name: injectOf(scenario, scenario.start).title })).toBeVisible();
  /** What the solo page shows: the injects on it, whether it has ended, whether a decision waits. */
  const soloStep = () =>
    page.evaluate(() =>
      [
        [...document.querySelectorAll('[data-inject]')].map((e) => e.getAttribute('data-inject')).join(','),
        document.body.innerText.includes('You reached the end of this scenario'),
        document.querySelector('form[aria-label="Your decision"]') !== null,
      ].join('|'),
    );
  for (let step = 0; step < 20; step++) {
    if (await page.getByText('You reached the end of this scenario').isVisible()) break;
    const decide = page.getByRole('form', { name: 'Your decision' });
    if (await decide.isVisible()) {
      await decide.getByRole('radio').first().check();
      await page.getByLabel('Your reasoning').fill(`Reasoning at step ${step}`);
      await page.getByRole('button', { name: 'Decide' }).click();
      await expect(decide).toBeHidden();
      continue;
    }
    const next = page.getByRole('button', { name: /Continue to the next inject|Finish the exercise/ });
    // Wait for the page to show the step the click leads to (a fixed pause raced the view's fetch
    // on a loaded machine, and the loop clicked a button that was about to go).
    const before = await soloStep();
    await next.click();
    await expect.poll(soloStep).not.toBe(before);
  }
  await expect(page.getByText('You reached the end of this scenario')).toBeVisible();
  await expect(page.locator('[data-debrief]')).toHaveCount(2);
  await expect(page.getByText(decisionInject.decision!.options[0]!.consequence.slice(0, 40))).toBeVisible();
  await expectNoAxeViolations(page);
  await user.context.close();
});

test('a guest the facilitator marks as observer watches and adds observations but cannot vote', async ({ browser }) => {
  const facilitator = await newUserWithTeam(browser, 'observe');
  const exerciseId = await openExercise(facilitator.page, facilitator.slug, 'team');
  const joinCode = (await facilitator.page.locator('[data-join-code]').textContent())!.trim();
  const guestContext = await participantContext(browser);
  const guest = await guestContext.newPage();
  await guest.goto(`/join?code=${joinCode}`);
  await guest.getByLabel('Your name as others will see it').fill('Olga Observer');
  await guest.getByRole('button', { name: 'Join' }).click();
  await guest.waitForURL(`**/exercises/${exerciseId}`);
  const console_ = facilitator.page;
  await expect(console_.locator('[data-presence]')).toContainText('Olga Observer');
  await console_.getByRole('button', { name: 'Make observer (Olga Observer)' }).click();
  await expect(console_.locator('[data-presence]')).toContainText('Olga Observer (observer');
  await console_.getByRole('button', { name: 'Start exercise' }).click();
  await console_.getByRole('button', { name: `Reveal next inject: ${decisionInject.title}` }).click();
  await console_.getByRole('button', { name: 'Open vote' }).click();
  await expect(guest.getByText('Voting is open; observers watch without voting.')).toBeVisible();
  await expect(guest.getByRole('button', { name: 'Cast vote' })).toHaveCount(0);
  const vote = await guest.request.post(`/api/exercises/${exerciseId}/commands`, {
    data: { type: 'vote.cast', clientId: crypto.randomUUID(), injectId: decisionInject.id, optionId: decisionInject.decision!.options[0]!.id },
  });
  expect(vote.status()).toBe(403);
  expect((await vote.json()).error).toBe('Observers cannot vote.');
  const gap = await guest.request.post(`/api/exercises/${exerciseId}/commands`, { data: { type: 'note.add', clientId: crypto.randomUUID(), text: 'a gap', tag: 'gap' } });
  expect(gap.status()).toBe(403);
  await guest.getByLabel('Note', { exact: true }).fill('Nobody owns the chargeback feed.');
  await guest.getByRole('button', { name: 'Add note' }).click();
  await expect(console_.locator('[data-notes]')).toContainText('Nobody owns the chargeback feed.');
  await expectNoAxeViolations(guest);
  await guestContext.close();
  await facilitator.context.close();
});
