import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const COLLECTIONS = [
  { id: 'owasp-ml-top-10', title: 'OWASP Machine Learning Security Top 10', min: 10 },
  { id: 'owasp-llm-top-10', title: 'OWASP Top 10 for LLM Applications', min: 10 },
  { id: 'financial', title: 'Financial-model threat library', min: 15 },
  { id: 'supply-chain', title: 'ML supply chain and model registry', min: 15 },
];

for (const collection of COLLECTIONS) {
  test(`collection page ${collection.id} summarises every entry and passes axe`, async ({ page }) => {
    await page.goto(`/collections/${collection.id}`);
    await expect(page.getByRole('heading', { level: 1, name: collection.title })).toBeVisible();
    const rows = page.getByRole('region', { name: /The \d+ entries/ }).getByRole('row');
    expect(await rows.count()).toBeGreaterThanOrEqual(collection.min + 1);
    await expectNoAxeViolations(page);
  });
}

test('the collection summary prints without the site chrome', async ({ page }) => {
  await page.goto('/collections/owasp-ml-top-10');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-site-header]')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a case study links to the threats it shows and to ATLAS', async ({ page }) => {
  await page.goto('/case-studies');
  const count = await page.getByRole('main').getByRole('listitem').count();
  expect(count).toBeGreaterThanOrEqual(10);
  await page.getByRole('main').getByRole('listitem').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'What happened' })).toBeVisible();
  const threats = page.getByRole('region', { name: 'Threats it shows' }).getByRole('link');
  expect(await threats.count()).toBeGreaterThan(0);
  await expect(page.getByRole('complementary', { name: 'Case study facts' }).getByRole('link').first()).toHaveAttribute('href', /atlas\.mitre\.org/);
  await expectNoAxeViolations(page);
  await threats.first().click();
  await expect(page.getByRole('region', { name: 'Case studies' })).toBeVisible();
});

test('the glossary defines at least 60 terms and threat pages link to the terms they use', async ({ page }) => {
  await page.goto('/glossary');
  expect(await page.locator('dl > div[id]').count()).toBeGreaterThanOrEqual(60);
  await expectNoAxeViolations(page);

  await page.goto('/threats/ml04-membership-inference');
  const terms = page.getByRole('region', { name: 'Terms used on this page' });
  const link = terms.getByRole('link', { name: /membership inference/i });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/glossary#/);
});

test('the ATLAS view shows tactics as columns, cited techniques with their entries, and the gaps', async ({ page }) => {
  await page.goto('/atlas');
  await expect(page.getByRole('heading', { level: 2, name: /Reconnaissance/ })).toBeVisible();
  const poison = page.getByRole('listitem').filter({ hasText: 'AML.T0020' }).first();
  await expect(poison).toContainText('Poison Training Data');
  await expect(poison.getByRole('link', { name: /Data Poisoning Attack/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Techniques the library does not cover yet/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the exports download and parse back', async ({ page, request }) => {
  await page.goto('/atlas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ATLAS Navigator layer' }).click()]);
  expect(download.suggestedFilename()).toBe('sandtable-atlas-layer.json');

  const layer = await (await request.get('/api/export/navigator')).json();
  expect(layer.domain).toBe('atlas-atlas');
  expect(layer.versions.layer).toMatch(/^4\./);
  expect(layer.techniques.length).toBeGreaterThan(10);

  const stix = await (await request.get('/api/export/stix')).json();
  expect(stix.type).toBe('bundle');
  const ids = new Set(stix.objects.map((o: { id: string }) => o.id));
  const relationships = stix.objects.filter((o: { type: string }) => o.type === 'relationship');
  expect(relationships.length).toBeGreaterThan(50);
  for (const r of relationships) {
    expect(ids.has(r.source_ref)).toBe(true);
    expect(ids.has(r.target_ref)).toBe(true);
  }
  const library = await (await request.get('/api/library')).json();
  expect(stix.objects.filter((o: { type: string }) => o.type === 'attack-pattern')).toHaveLength(library.threats.length);
});
