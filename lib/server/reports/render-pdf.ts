// The PDF is the report's HTML printed by headless Chromium. Chromium is an optional system
// dependency: without it the caller answers 501 and points at the browser's own print to PDF.
//
// Starting Chromium costs about half a second, a sixth of the 3 s budget for a large report, so
// one browser is kept for the PDFs that follow each other and closed after a quiet minute (it
// holds some 150 MB while open). Every PDF gets its own context; a browser that died is replaced.
import 'server-only';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const IDLE_CLOSE_MS = 60_000;

export function chromiumPath(): string | null {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  // A path chosen at run time: the bundler must not trace it.
  return existsSync(/*turbopackIgnore: true*/ candidate) ? candidate : null;
}

interface SharedBrowser {
  browser: Promise<Browser>;
  inUse: number;
  idleTimer: ReturnType<typeof setTimeout> | null;
}

let shared: SharedBrowser | null = null;

function acquire(executablePath: string): SharedBrowser {
  if (!shared) {
    const launching: SharedBrowser = {
      browser: import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS })),
      inUse: 0,
      idleTimer: null,
    };
    shared = launching;
    void launching.browser.then(
      (browser) =>
        browser.on('disconnected', () => {
          if (shared === launching) shared = null;
        }),
      () => {
        if (shared === launching) shared = null;
      },
    );
  }
  if (shared.idleTimer) clearTimeout(shared.idleTimer);
  shared.idleTimer = null;
  shared.inUse += 1;
  return shared;
}

function release(entry: SharedBrowser): void {
  entry.inUse -= 1;
  if (entry.inUse > 0 || shared !== entry) return;
  entry.idleTimer = setTimeout(() => void closePdfBrowser(), IDLE_CLOSE_MS);
  // An idle browser must not keep a script (the bench, a test) alive.
  entry.idleTimer.unref?.();
}

/** Closes the kept browser now (at shutdown, or when a script is done). */
export async function closePdfBrowser(): Promise<void> {
  const entry = shared;
  shared = null;
  if (!entry) return;
  if (entry.idleTimer) clearTimeout(entry.idleTimer);
  await entry.browser.then((browser) => browser.close()).catch(() => undefined);
}

/** Null when no Chromium is installed. */
export async function renderPdf(html: string): Promise<Uint8Array | null> {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  const entry = acquire(executablePath);
  try {
    const browser = await entry.browser;
    // The report HTML has no script and no external resource; JavaScript stays off all the same.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      // Laid out for print from the start: page.pdf() then does not lay a 100-page report out twice.
      await page.emulateMedia({ media: 'print' });
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    } finally {
      await context.close().catch(() => undefined);
    }
  } finally {
    release(entry);
  }
}
