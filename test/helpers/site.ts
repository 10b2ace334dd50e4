/** The built site served on 127.0.0.1 and a Chromium to read it, for one test file. */
import { afterAll, beforeAll } from 'vitest';
import { launch, type Browser } from '../../scripts/lib/chromium.ts';
import { serve, type SiteServer } from '../../scripts/lib/serve.ts';
import { DIST } from './dist.ts';

export function servedSite(options: { bypassCSP?: boolean } = {}): { server: SiteServer; browser: Browser } {
  const site = {} as { server: SiteServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serve(DIST);
    site.browser = await launch(options);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
