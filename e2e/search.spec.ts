import { expect, test } from '@playwright/test';
import { pressPaletteShortcut } from './support/palette';

test('Ctrl-K opens the palette; typing an exact code ranks it first; Enter opens it', async ({ page }) => {
  await page.goto('/library');
  await pressPaletteShortcut(page);
  const dialog = page.getByRole('dialog', { name: 'Search the library' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox');
  await expect(input).toBeFocused();
  await input.fill('ML04');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('Membership Inference Attack');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/threats\/ml04-membership-inference$/);
});

test('palette: arrow keys move the selection, matched terms are highlighted, typos still find', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Search/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search the library' });
  const input = dialog.getByRole('combobox');
  await input.fill('posioning');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await expect(dialog.getByRole('option', { name: /Data Poisoning Attack/ })).toBeVisible();

  await input.fill('poiso');
  await expect(dialog.locator('mark').first()).toHaveText(/poiso/i);
  const options = dialog.getByRole('option');
  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const secondTitle = await options.nth(1).textContent();
  await input.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page).not.toHaveURL(/\/$/);
  expect(secondTitle).toBeTruthy();

  // Escape closes the palette.
  await pressPaletteShortcut(page);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an ATLAS ID finds the threats that cite it', async ({ page }) => {
  await page.goto('/');
  await pressPaletteShortcut(page);
  const dialog = page.getByRole('dialog', { name: 'Search the library' });
  await dialog.getByRole('combobox').fill('AML.T0020');
  await expect(dialog.getByRole('option').first()).toContainText(/Poison/i);
});

test('a hostile query typed into the palette or the search page runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const q = '<script>alert(1)</script><img src=x onerror=alert(1)>';
  // The words script, alert and img exist in the library, so this may find entries; it must run nothing.
  await page.goto(`/search?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole('status')).toBeVisible();
  await pressPaletteShortcut(page);
  const palette = page.getByRole('dialog', { name: 'Search the library' });
  await palette.getByRole('combobox').fill(q);
  await expect(palette.getByRole('option').first().or(palette.getByText(/No entries match/))).toBeVisible();
  await expect(palette.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('an entry shows the older names it is also known as', async ({ page }) => {
  await page.goto('/threats/ml05-model-theft');
  await expect(page.getByText('Also known as Model stealing, Model extraction')).toBeVisible();
  await page.goto('/frameworks/linddun/linddun-linking');
  await expect(page.getByText('Also known as Linkability')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page renders results on the server and its form works', async ({ page }) => {
    await page.goto('/search?q=membership+inference');
    await expect(page.getByRole('status')).toContainText(/result/);
    await expect(page.getByRole('link', { name: /Membership Inference Attack/ }).first()).toBeVisible();

    await page.getByLabel('Search terms').fill('model theft');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=model\+theft/);
    await expect(page.getByRole('link', { name: /Model Theft/ }).first()).toBeVisible();
  });

  test('facets work on the search page too', async ({ page }) => {
    const count = async () => Number((await page.getByRole('status').textContent())?.match(/^(\d+)/)?.[1] ?? 0);
    await page.goto('/search?q=poisoning');
    const unfiltered = await count();
    await expect(page.getByText(/LLM04:2025/).first()).toBeVisible();

    await page.goto('/search?q=poisoning&collection=owasp-ml-top-10&stride=T');
    const filtered = await count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(unfiltered);
    await expect(page.getByRole('link', { name: /Data Poisoning Attack/ })).toBeVisible();
    await expect(page.getByText(/LLM04:2025/)).toHaveCount(0);

    // The same filters from the form, with JavaScript off: checkboxes are GET parameters.
    await page.goto('/search?q=poisoning');
    await page.getByText('Filter threats').click();
    await page.getByLabel('Financial-model threat library').check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/collection=financial/);
    await expect(page.getByLabel('Financial-model threat library')).toBeChecked();
    await expect(page.getByRole('link', { name: /Poisoning a Fraud Model/ })).toBeVisible();
    await expect(page.getByText(/ML02:2023/)).toHaveCount(0);
  });

  test('hostile queries are rendered as text and never error', async ({ page }) => {
    const injected = async () =>
      page.evaluate(() => ({
        // Next's own inline scripts carry the query inside a JSON string; an injected one would be only the payload.
        scripts: [...document.scripts].filter((script) => script.textContent?.trim() === 'alert(1)').length,
        images: document.querySelectorAll('img[src="x"], img[onerror]').length,
      }));
    for (const q of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', "'; DROP TABLE threats; --", '.*(', 'a'.repeat(1000)]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByLabel('Search terms')).toHaveValue(q);
      expect(await injected(), q).toEqual({ scripts: 0, images: 0 });
    }
  });

  test('nonsense finds nothing, and an older name finds the entry that carries it', async ({ page }) => {
    for (const q of ['zzzzzzzzzzzz', 'a'.repeat(1000), 'asdfghjkl']) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole('status')).toContainText('No entries match');
      await expect(page.getByRole('region', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
    }
    await page.goto('/search?q=linkability');
    const first = page.getByRole('region', { name: 'Search results' }).getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveText('Linking');
    await expect(first).toContainText('also known as Linkability');
  });

  test('an invalid facet value gets a clear message', async ({ page }) => {
    await page.goto('/search?q=x&stride=Q');
    await expect(page.getByRole('alert')).toContainText('stride');
  });
});
