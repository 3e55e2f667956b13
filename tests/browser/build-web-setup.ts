// Vitest global setup of the browser tests: builds the playground and dashboard once into gateway/web/dist/, which the harness's gateway serves.
import { buildWeb } from '../../scripts/build-web.js';
import { chromiumInstalled } from './offline-browser.js';

export default async function setup(): Promise<void> {
  if (chromiumInstalled) await buildWeb();
  else console.warn('Browser tests skipped: /usr/bin/chromium is missing (apt-get install -y chromium).');
}
