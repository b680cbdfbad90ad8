import { expect, test } from '@playwright/test';
import { libraryExportSchema } from '../lib/library/library-export-schema';

test('GET /api/library returns every entry with metadata and plain text', async ({ request }) => {
  const response = await request.get('/api/library');
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(body.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(body.threats.length).toBe(body.counts.threats);
  const ml04 = body.threats.find((t: { id: string }) => t.id === 'ml04-membership-inference');
  expect(ml04).toMatchObject({ code: 'ML04:2023', title: 'Membership Inference Attack', url: '/threats/ml04-membership-inference' });
  expect(ml04.plainText.length).toBeGreaterThan(500);
  expect(ml04.mdx).toBeUndefined();
  // ATLAS references carry official names, tactics and the release they were checked against.
  expect(body.atlas.release).toMatch(/^\d+\.\d+\.\d+$/);
  const ml02 = body.threats.find((t: { id: string }) => t.id === 'ml02-data-poisoning');
  expect(ml02.atlasReferences).toContainEqual({
    id: 'AML.T0020',
    name: 'Poison Training Data',
    url: 'https://atlas.mitre.org/techniques/AML.T0020',
    tactics: [expect.objectContaining({ name: 'Resource Development' }), expect.objectContaining({ name: 'Persistence' })],
    parent: null,
    release: body.atlas.release,
  });
  expect(body.mitigations.length).toBeGreaterThanOrEqual(25);
  expect(body.mitigations.every((m: { threats: string[] }) => Array.isArray(m.threats))).toBe(true);
  // The whole response parses back against the published contract.
  expect(libraryExportSchema.safeParse(body).error?.issues.slice(0, 3) ?? []).toEqual([]);

  const schema = await (await request.get('/api/library/schema')).json();
  expect(schema.$id).toContain(body.schemaVersion);
  expect(schema.properties.threats.type).toBe('array');
});

test('GET /api/search ranks results and validates its parameters', async ({ request }) => {
  const exact = await (await request.get('/api/search?q=ML04')).json();
  expect(exact.hits[0].id).toBe('ml04-membership-inference');

  const filtered = await (await request.get('/api/search?q=poisoning&stride=T&lifecycle=training&collection=owasp-ml-top-10')).json();
  expect(filtered.hits.length).toBeGreaterThan(0);
  for (const hit of filtered.hits) {
    expect(hit.stride).toContain('T');
    expect(hit.lifecycle).toContain('training');
    expect(hit.collections).toContain('owasp-ml-top-10');
  }

  const empty = await request.get('/api/search?q=');
  expect(empty.status()).toBe(200);
  expect((await empty.json()).hits).toEqual([]);

  const hostile = await request.get(`/api/search?q=${encodeURIComponent('<img src=x onerror=alert(1)> OR 1=1; --')}`);
  expect(hostile.status()).toBe(200);

  const bad = await request.get('/api/search?q=x&severity=extreme');
  expect(bad.status()).toBe(400);
  const problem = await bad.json();
  expect(problem.problems[0].parameter).toBe('severity.0');
});

test('an unknown page returns 404 and offers search', async ({ page }) => {
  const response = await page.goto('/threats/no-such-threat');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No page at this address' })).toBeVisible();
  await page.getByLabel('Search terms').fill('inversion');
  await page.getByLabel('Search terms').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=inversion/);
  await expect(page.getByRole('link', { name: /Model Inversion Attack/ }).first()).toBeVisible();
});

test('sitemap.xml lists every threat page and robots.txt points at it', async ({ request }) => {
  const library = await (await request.get('/api/library')).json();
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const threat of library.threats) expect(sitemap).toContain(`${threat.url}</loc>`);
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});
