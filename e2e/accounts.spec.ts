import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createInviteLink, newUserWithTeam, PASSWORD, signInThroughUi, signUpThroughUi, uniqueEmail } from './support/accounts';

test.describe.configure({ timeout: 90_000 });

test('an invited person signs up through the link and lands in the team with the invited role; role changes take effect', async ({ browser }) => {
  test.setTimeout(90_000);
  const owner = await newUserWithTeam(browser, 'owner');
  const link = await createInviteLink(owner.page, owner.slug, 'facilitator');

  const guestContext = await browser.newContext();
  const invited = await guestContext.newPage();
  await invited.goto(link);
  await expect(invited.getByRole('heading', { name: 'Join owner team' })).toBeVisible();
  await expect(invited.getByText('as facilitator')).toBeVisible();
  const email = uniqueEmail('invited');
  await invited.getByLabel('Name', { exact: true }).fill('Ines Invited');
  await invited.getByLabel('Email', { exact: true }).fill(email);
  await invited.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await invited.getByRole('button', { name: 'Create account' }).click();
  await invited.waitForURL(`**/t/${owner.slug}`);
  await expect(invited.getByText('You are facilitator')).toBeVisible();
  // A facilitator cannot manage the team.
  expect((await invited.request.get(`/t/${owner.slug}/settings`)).status()).toBe(404);
  expect((await invited.request.post(`/api/teams/${owner.slug}/invites`, { data: { role: 'owner' } })).status()).toBe(403);

  // The link was single use.
  const third = await browser.newContext();
  const thirdPage = await third.newPage();
  await thirdPage.goto(link);
  await expect(thirdPage.locator('p[role=alert]')).toContainText('already been used');
  await thirdPage.goto('/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await expect(thirdPage.locator('p[role=alert]')).toContainText('not valid');
  await thirdPage.goto('/invite/%3Cscript%3E');
  await expect(thirdPage.locator('p[role=alert]')).toContainText('malformed');
  await third.close();

  // The owner promotes the facilitator to owner: settings open for them now.
  await owner.page.goto(`/t/${owner.slug}/settings`);
  // The select saves on change: wait for the save, not for the select's own value.
  const roleSaved = () => owner.page.waitForResponse((r) => r.url().includes(`/api/teams/${owner.slug}/members/`) && r.request().method() === 'PATCH' && r.ok());
  await Promise.all([roleSaved(), owner.page.getByLabel('Role of Ines Invited', { exact: true }).selectOption('owner')]);
  await owner.page.waitForLoadState('load');
  await expect(owner.page.getByLabel('Role of Ines Invited', { exact: true })).toHaveValue('owner');
  await invited.goto(`/t/${owner.slug}/settings`);
  await expect(invited.getByRole('heading', { name: 'Members and invitations' })).toBeVisible();
  await expectNoAxeViolations(invited);
  // The audit log records what happened.
  await expect(invited.getByText('member.role_changed')).toBeVisible();
  await expect(invited.getByText('invite.accepted')).toBeVisible();

  // Demoted to observer, the same page is gone again.
  await Promise.all([roleSaved(), owner.page.getByLabel('Role of Ines Invited', { exact: true }).selectOption('observer')]);
  await expect(owner.page.getByLabel('Role of Ines Invited', { exact: true })).toHaveValue('observer');
  expect((await invited.request.get(`/t/${owner.slug}/settings`)).status()).toBe(404);
  await guestContext.close();
  await owner.context.close();
});

test('a member of team A gets 404 for every page and API of team B', async ({ browser }) => {
  const a = await newUserWithTeam(browser, 'alpha');
  const b = await newUserWithTeam(browser, 'bravo');
  const bMembers = await b.request.get(`/api/teams/${b.slug}/members`);
  const bOwnerId: string = (await bMembers.json()).members[0].userId;
  const inviteRes = await b.request.post(`/api/teams/${b.slug}/invites`, { data: { role: 'member' } });
  expect(inviteRes.status()).toBe(201);
  const inviteId: string = (await inviteRes.json()).id;

  const probes: Array<[string, () => Promise<{ status(): number; text(): Promise<string> }>]> = [
    ['team page', () => a.request.get(`/t/${b.slug}`)],
    ['settings page', () => a.request.get(`/t/${b.slug}/settings`)],
    ['members API', () => a.request.get(`/api/teams/${b.slug}/members`)],
    ['invites API', () => a.request.get(`/api/teams/${b.slug}/invites`)],
    ['create invite', () => a.request.post(`/api/teams/${b.slug}/invites`, { data: { role: 'owner' } })],
    ['revoke invite', () => a.request.delete(`/api/teams/${b.slug}/invites/${inviteId}`)],
    ['change role', () => a.request.patch(`/api/teams/${b.slug}/members/${bOwnerId}`, { data: { role: 'observer' } })],
    ['remove member', () => a.request.delete(`/api/teams/${b.slug}/members/${bOwnerId}`)],
    ['leave', () => a.request.post(`/api/teams/${b.slug}/leave`)],
    // Team A's owner naming team B's member through team A's route must not reach them either.
    ['cross-team member id', () => a.request.patch(`/api/teams/${a.slug}/members/${bOwnerId}`, { data: { role: 'observer' } })],
    ['cross-team invite id', () => a.request.delete(`/api/teams/${a.slug}/invites/${inviteId}`)],
  ];
  for (const [label, probe] of probes) {
    const response = await probe();
    expect(response.status(), label).toBe(404);
    expect(await response.text(), label).not.toContain(b.email);
  }
  // Nothing changed in team B.
  const after = await (await b.request.get(`/api/teams/${b.slug}/members`)).json();
  expect(after.members).toEqual([expect.objectContaining({ userId: bOwnerId, role: 'owner' })]);
  expect((await (await b.request.get(`/api/teams/${b.slug}/invites`)).json()).invites).toHaveLength(1);
  await a.context.close();
  await b.context.close();
});

test('signed out, private pages redirect to sign-in and private APIs answer 401', async ({ page }) => {
  await page.goto('/teams');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fteams/);
  await expectNoAxeViolations(page);
  expect((await page.request.get('/api/teams/anything/members')).status()).toBe(401);
  expect((await page.request.post('/api/teams', { data: { name: 'x', slug: 'xx' } })).status()).toBe(401);
});

test('sign-in is rate limited per account with a clear retry time', async ({ page }) => {
  const email = uniqueEmail('throttled');
  await signUpThroughUi(page, 'Throttled', email);
  await page.context().clearCookies();
  for (let i = 0; i < 5; i++) {
    await signInThroughUi(page, email, 'not the right password');
    await expect(page.locator('p[role=alert]')).toContainText('The email or password is wrong.');
  }
  await signInThroughUi(page, email, PASSWORD);
  await expect(page.locator('p[role=alert]')).toContainText(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./);
  expect((await page.request.get('/api/me').then((r) => r.json())).signedIn).toBe(false);
});

test('bad input gets specific messages and hostile text stays inert', async ({ page }) => {
  await page.goto('/sign-up');
  await expectNoAxeViolations(page);
  await page.getByLabel('Name', { exact: true }).fill('x');
  await page.getByLabel('Email', { exact: true }).fill('not-an-email');
  await page.getByLabel('Password', { exact: true }).fill('Password123!');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#email-error')).toHaveText('Email must be a valid address, such as ana@example.com');
  await expect(page.locator('#password-error')).toContainText('too common');

  const api = page.request;
  const huge = await api.post('/api/account/sign-up', { data: { name: 'a'.repeat(100_000), email: uniqueEmail('huge'), password: PASSWORD } });
  expect(huge.status()).toBe(400);
  expect((await huge.json()).fields.name).toBe('Name must be at most 60 characters');
  const rlo = await api.post('/api/account/sign-up', { data: { name: 'evil\u202Egnp.exe', email: uniqueEmail('rlo'), password: PASSWORD } });
  expect((await rlo.json()).fields.name).toMatch(/text-direction/);
  const malformed = await api.post('/api/account/sign-up', { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"name":') });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toBe('The request body is not valid JSON.');
  const extra = await api.post('/api/account/sign-up', { data: { name: 'X', email: uniqueEmail('extra'), password: PASSWORD, isAdmin: true } });
  expect(extra.status()).toBe(400);

  // A name with markup is stored verbatim and shown as text.
  const email = uniqueEmail('markup');
  await signUpThroughUi(page, '<img src=x onerror=alert(1)>', email);
  await page.goto('/account');
  await expect(page.locator('#account-name')).toHaveValue('<img src=x onerror=alert(1)>');
  await page.locator('[data-account-menu] summary').click();
  await expect(page.locator('[data-account-menu] summary')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('account settings: rename, sign out everywhere ends other sessions', async ({ browser }) => {
  test.setTimeout(60_000);
  const user = await newUserWithTeam(browser, 'settler');
  const second = await browser.newContext();
  const other = await second.newPage();
  await signInThroughUi(other, user.email);
  await other.waitForURL('**/teams');
  await user.page.goto('/account');
  await expectNoAxeViolations(user.page);
  await user.page.locator('#account-name').fill('Renamed Person');
  await user.page.getByRole('button', { name: 'Save name' }).click();
  await expect(user.page.getByRole('status')).toContainText('saved');
  expect((await (await other.request.get('/api/me')).json()).name).toBe('Renamed Person');
  await user.page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await user.page.waitForURL('**/sign-in');
  expect((await (await other.request.get('/api/me')).json()).signedIn).toBe(false);
  expect((await other.request.get(`/api/teams/${user.slug}/members`)).status()).toBe(401);
  await second.close();
  await user.context.close();
});

test('the last owner cannot leave; single sign-on through the IdP maps groups to team roles', async ({ browser }) => {
  const owner = await newUserWithTeam(browser, 'ssoowner');
  await owner.page.goto(`/t/${owner.slug}`);
  owner.page.once('dialog', (d) => void d.accept());
  await owner.page.getByRole('button', { name: /^Leave/ }).click();
  await expect(owner.page.locator('p[role=alert]')).toContainText('last owner');
  // The team the IdP groups map to (OIDC_GROUP_ROLES in playwright.config.ts).
  const created = await owner.request.post('/api/teams', { data: { name: 'SSO team', slug: 'sso-team' } });
  expect([201, 409]).toContain(created.status());

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign in with Acme SSO' }).click();
  // The provider's own login and consent pages.
  await page.locator('input[name="login"]').fill('sso-lead');
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/127\.0\.0\.1:\d+\/teams/);
  const me = await (await page.request.get('/api/me')).json();
  expect(me).toMatchObject({ signedIn: true, name: 'Sam Lead' });
  expect(me.teams).toEqual(expect.arrayContaining([{ slug: 'sso-team', name: 'SSO team', role: 'owner' }]));
  await context.close();
  await owner.context.close();
});

test('a second server on the same data directory stops at once, saying which process holds it', async () => {
  test.setTimeout(90_000);
  const child = spawn('npx', ['next', 'start', '-p', '3297', '-H', '127.0.0.1'], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, SITE_URL: 'http://127.0.0.1:3297', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 60_000);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code, output).toBe(1);
  expect(output).toMatch(/The data directory .* is in use by process \d+/);
});

test('private pages send a nonce-based script policy without unsafe-inline; every page isolates its window', async ({ request }) => {
  const privatePage = await request.get('/sign-in');
  const policy = privatePage.headers()['content-security-policy'] ?? '';
  const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(policy).toContain("frame-ancestors 'none'");
  // Each response gets its own nonce.
  const again = (await request.get('/sign-in')).headers()['content-security-policy'];
  expect(again).not.toBe(policy);
  for (const path of ['/', '/sign-in', '/library']) {
    expect((await request.get(path)).headers()['cross-origin-opener-policy'], path).toBe('same-origin');
  }
});
