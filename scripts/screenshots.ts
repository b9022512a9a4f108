// Screenshots of the main page kinds for docs/screenshots/: home, story, an article beside its parent version (the
// seeds' one comparison) and quotations, at a phone's and a desktop's width, in the light and dark schemes and as
// printed. The first screen of each, so the files stay small.
// Run after `npm run build`: `npm run screenshots`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, siteContext } from '../tests/site/browser/support/browser.ts';
import { startStaticServer } from '../tests/site/browser/support/server.ts';
import { requireDist } from '../tests/site/browser/support/site.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const PAGES = {
  home: '/',
  story: '/stories/2024-05-15-moscow-times/',
  article: '/articles/ndtv-putin-hails-china/',
  quotes: '/quotes/',
};
const SIZES = { 375: { width: 375, height: 812 }, 1280: { width: 1280, height: 800 } };
const MODES = ['light', 'dark', 'print'] as const;

requireDist();
mkdirSync(OUT, { recursive: true });
const server = await startStaticServer();
const browser = await launchBrowser();
try {
  for (const [width, viewport] of Object.entries(SIZES)) {
    for (const mode of MODES) {
      const context = await siteContext(browser, server.origin, { viewport, colorScheme: mode === 'dark' ? 'dark' : 'light' });
      for (const [name, path] of Object.entries(PAGES)) {
        const page = await context.newPage();
        await page.goto(server.origin + path);
        if (mode === 'print') await page.emulateMedia({ media: 'print' });
        const file = join(OUT, `${name}-${width}-${mode}.png`);
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
