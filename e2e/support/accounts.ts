// Journeys shared by the account specs: sign up, sign in and create a team through the real UI.
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;
/** A unique address per call, so that tests running in parallel never collide. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}@example.com`;
}

export async function signUpThroughUi(page: Page, name: string, email: string, password = PASSWORD) {
  await page.goto('/sign-up');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/(teams|t\/)/);
}

export async function signInThroughUi(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function createTeamThroughUi(page: Page, name: string, slug: string) {
  await page.goto('/teams');
  await page.getByLabel('Team name', { exact: true }).fill(name);
  await page.getByLabel('Team URL', { exact: true }).fill(slug);
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.waitForURL(`**/t/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** A signed-in user with a team of their own, in a fresh browser context. */
export async function newUserWithTeam(browser: Browser, label: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail(label);
  await signUpThroughUi(page, label, email);
  const slug = `${label}-${Date.now().toString(36)}-${++counter}`.toLowerCase();
  await createTeamThroughUi(page, `${label} team`, slug);
  return { context, page, email, slug, request: context.request as APIRequestContext };
}

export async function createInviteLink(page: Page, teamSlug: string, role: string): Promise<string> {
  await page.goto(`/t/${teamSlug}/settings`);
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Create invite link' }).click();
  const link = await page.getByLabel('Invite link', { exact: true }).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return link;
}

/** A new account that joins the owner's team with `role` through an invite link, in its own context. */
export async function invitedUser(browser: Browser, owner: { request: APIRequestContext; slug: string }, role: 'member' | 'observer' | 'facilitator', name = `${role} person`) {
  const invite = await owner.request.post(`/api/teams/${owner.slug}/invites`, { data: { role } });
  expect(invite.status()).toBe(201);
  const { url } = await invite.json();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(url).pathname);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(uniqueEmail(role));
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`**/t/${owner.slug}`);
  return { context, page, request: context.request as APIRequestContext };
}
