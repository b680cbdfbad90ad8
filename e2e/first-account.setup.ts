import { expect, test } from '@playwright/test';
import { PASSWORD, signInThroughUi } from './support/accounts';

// Runs before every other end-to-end test, on the fresh database of this run.
test('the first account on a fresh install becomes the instance admin and sets who may sign up', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Create one' }).click();
  await expect(page.getByText('the first account becomes its administrator')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Ada Admin');
  await page.getByLabel('Email', { exact: true }).fill('admin@example.com');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/teams');
  await page.locator('[data-account-menu] summary').click();
  await expect(page.getByRole('link', { name: 'Instance settings' })).toBeVisible();
  await page.getByRole('link', { name: 'Instance settings' }).click();
  await expect(page.getByRole('heading', { name: 'Instance settings' })).toBeVisible();
  // Domains without a domain listed is refused with a message naming the problem.
  await page.getByLabel('Only addresses at the domains listed below (and invited people)', { exact: true }).check();
  await page.getByLabel('Allowed email domains', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('p[role=alert]')).toContainText('List at least one domain');
  // Leave the instance open so that the other tests can sign up.
  await page.getByLabel('Anyone can create an account', { exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('saved');
  // A second account is not an admin.
  const other = await page.context().browser()!.newContext();
  const second = await other.newPage();
  await second.goto('/sign-up');
  await expect(second.getByText('Anyone may create an account')).toBeVisible();
  await second.getByLabel('Name', { exact: true }).fill('Second');
  await second.getByLabel('Email', { exact: true }).fill('second@example.com');
  await second.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await second.getByRole('button', { name: 'Create account' }).click();
  await second.waitForURL('**/teams');
  const response = await second.request.get('/admin');
  expect(response.status()).toBe(404);
  await other.close();
  // And the admin can sign in again.
  await page.context().clearCookies();
  await signInThroughUi(page, 'admin@example.com');
  await page.waitForURL('**/teams');
});
