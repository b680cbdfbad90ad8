// Opens the search palette with its keyboard shortcut, once the page has hydrated far enough for
// the shortcut to work (pressed earlier, the key does nothing and the test waits in vain).
import type { Page } from '@playwright/test';

export async function pressPaletteShortcut(page: Page): Promise<void> {
  await page.locator('a[aria-keyshortcuts][data-shortcut-ready]').first().waitFor({ state: 'attached' });
  await page.keyboard.press('Control+k');
}
