import { test } from '@playwright/test';
import { pressPaletteShortcut } from './support/palette';
import { expectNoAxeViolations } from './axe';

const PAGES = [
  '/',
  '/library',
  '/threats/ml02-data-poisoning',
  '/matrix',
  '/mitigations',
  '/mitigations/model-signing',
  '/frameworks',
  '/frameworks/stride',
  '/frameworks/linddun/linddun-linking',
  '/frameworks/pasta/pasta-stage-3-decomposition',
  '/search?q=poisoning',
];

for (const path of PAGES) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test('axe finds no violations in dark theme on a threat page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/threats/ml05-model-theft');
  await expectNoAxeViolations(page);
});

test('axe finds no violations in the open search palette', async ({ page }) => {
  await page.goto('/');
  await pressPaletteShortcut(page);
  await page.getByRole('combobox').fill('theft');
  await page.getByRole('option').first().waitFor();
  await expectNoAxeViolations(page);
});
