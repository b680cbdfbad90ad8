import { expect, test } from '@playwright/test';
import { pressPaletteShortcut } from './support/palette';

test('browse the library, filter by facets, open a threat and follow a mitigation back-link', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Threat library' })).toBeVisible();

  const status = page.getByRole('status');
  const total = Number((await status.textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(10);

  // Two facets combine with AND; the URL keeps them.
  await page.getByLabel('T · Tampering').check();
  await expect(page).toHaveURL(/stride=T/);
  await page.getByLabel('Training', { exact: true }).check();
  await expect(page).toHaveURL(/lifecycle=training/);
  const filtered = Number((await status.textContent())?.match(/^(\d+)/)?.[1]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(total);

  // Reload: the filter survives because it lives in the URL.
  await page.reload();
  await expect(page.getByLabel('T · Tampering')).toBeChecked();
  await expect(status).toHaveText(new RegExp(`^${filtered} of ${total}`));

  await page.getByRole('link', { name: /ML02:2023\s*Data Poisoning Attack/ }).click();
  await expect(page).toHaveURL(/\/threats\/ml02-data-poisoning$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Data Poisoning Attack' })).toBeVisible();
  for (const section of ['How the attack works', 'Attack scenario', 'Impact', 'Detection signals', 'Discussion questions']) {
    await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  }
  // ATLAS IDs carry their official names and link to MITRE.
  await expect(page.getByRole('link', { name: /AML\.T0020 Poison Training Data/ })).toHaveAttribute('href', 'https://atlas.mitre.org/techniques/AML.T0020');

  // Back-links from the rest of the library: framework pages that discuss this threat.
  const referencedFrom = page.getByRole('region', { name: 'Referenced from' });
  await expect(referencedFrom.getByRole('link', { name: 'Tampering' })).toHaveAttribute('href', '/frameworks/stride/stride-tampering');

  const mitigations = page.getByRole('region', { name: 'Mitigations in the library' });
  const firstMitigation = mitigations.getByRole('link').first();
  const mitigationTitle = (await firstMitigation.textContent()) ?? '';
  await firstMitigation.click();
  await expect(page.getByRole('heading', { level: 1, name: mitigationTitle })).toBeVisible();
  const backLinks = page.getByRole('region', { name: /Threats this mitigation addresses/ });
  await backLinks.getByRole('link', { name: /Data Poisoning Attack/ }).click();
  await expect(page).toHaveURL(/\/threats\/ml02-data-poisoning$/);
});

test('ATLAS IDs written in an entry\'s prose link to MITRE with the official name', async ({ page }) => {
  await page.goto('/threats/ml01-input-manipulation');
  const link = page.locator('.prose-content').getByRole('link', { name: 'AML.CS0003' }).first();
  await expect(link).toHaveAttribute('href', 'https://atlas.mitre.org/studies/AML.CS0003');
  await expect(link).toHaveAttribute('title', "MITRE ATLAS: Bypassing Cylance's AI Malware Detection");
});

test('the matrix links each cell to the library filtered to that cell', async ({ page }) => {
  await page.goto('/matrix');
  const cell = page.getByRole('link', { name: /threats: Training, Tampering/ });
  const count = Number(await cell.textContent());
  expect(count).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/\/library\?lifecycle=training&stride=T/);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${count} of `));
});

test('framework pages: STRIDE-per-element table and PASTA stages in order', async ({ page }) => {
  await page.goto('/frameworks/stride');
  const table = page.getByRole('table', { name: /STRIDE-per-element/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('link', { name: 'Elevation of privilege applies to Process' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Elevation of privilege applies to Data store' })).toHaveCount(0);

  await page.goto('/frameworks/pasta/pasta-stage-1-objectives');
  await expect(page.getByRole('heading', { level: 2, name: 'Objective', exact: true }).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Pages in this framework' }).getByRole('link').last().click();
  await expect(page).toHaveURL(/pasta-stage-2/);
});

test('theme toggle switches to dark and remembers it', async ({ page }) => {
  await page.goto('/library');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});

test('pages carry a title, description, Open Graph tags and a CSP that the page does not violate', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', '/library', '/threats/ml04-membership-inference', '/mitigations/differential-privacy', '/matrix']) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("object-src 'none'");
    expect(await page.title()).toMatch(/Sandtable/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  }
  // The palette loads its index with fetch and its code with a dynamic import: both must pass.
  await pressPaletteShortcut(page);
  await page.getByRole('combobox').fill('theft');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('on a phone-sized screen the navigation and content fit without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of [
    '/threats/ml01-input-manipulation',
    '/threats/sc-02-unsafe-deserialization-model-files',
    '/mitigations/model-signing',
    '/frameworks/pasta/pasta-stage-3-decomposition',
    '/library',
    '/collections/financial',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
});
