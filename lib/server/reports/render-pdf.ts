// The PDF is the report's HTML printed by headless Chromium. Chromium is an optional system
// dependency: without it the caller answers 501 and points at the browser's own print to PDF.
import 'server-only';
import { existsSync } from 'node:fs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromiumPath(): string | null {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  // A path chosen at run time: the bundler must not trace it.
  return existsSync(/*turbopackIgnore: true*/ candidate) ? candidate : null;
}

/** Null when no Chromium is installed. */
export async function renderPdf(html: string): Promise<Uint8Array | null> {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // The report HTML has no script and no external resource; JavaScript stays off all the same.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    // Laid out for print from the start: page.pdf() then does not lay a 100-page report out twice.
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
  } finally {
    await browser.close();
  }
}
