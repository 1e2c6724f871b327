import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

// Debian's Chromium driven by playwright-core (no downloaded browser). A missing browser fails the
// run with what to install: these tests are never skipped. CHROMIUM_PATH points at another
// installed Chromium-based browser (GitHub's runners have Chrome at /usr/bin/google-chrome).

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RESULTS_DIR = join(process.cwd(), 'test-results');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install it with \`apt-get install chromium\``);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Saves the page as test-results/<name>.png (git-ignored) and answers the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Per test: a page load, a chat of several turns through the real assistant. */
export const BROWSER_TEST_TIMEOUT_MS = 60_000;
/** beforeAll: may build the pages (vite) and start Chromium. */
export const BROWSER_SETUP_TIMEOUT_MS = 180_000;
