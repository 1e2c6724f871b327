// The browser-test harness: the service on the embedded default, Chromium, and a second origin.
export {
  BROWSER_SETUP_TIMEOUT_MS,
  BROWSER_TEST_TIMEOUT_MS,
  CHROMIUM_PATH,
  launchChromium,
  screenshot,
} from './browser.js';
export { type HostSite, serveHostSite } from './host-page.js';
export { BROWSER_ADMIN_KEY, type RunningService, startService } from './service.js';
