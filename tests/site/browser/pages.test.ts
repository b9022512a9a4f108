import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordProblems, siteContext } from './support/browser.ts';
import { startStaticServer } from './support/server.ts';
import type { StaticServer } from './support/server.ts';
import { distFileFor, isDirectoryWithoutSlash, listPages, samplePages } from './support/site.ts';
import type { SitePage } from './support/site.ts';


// Discovered from dist/ (throws "run npm run build first" when there is no build), so new pages are covered as they
// are added.
const pages = listPages();
// The checks that drive the browser through a page visit one page of every route template and a spread sample.
const sampled = samplePages(pages);

const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
// Budgets in SI kilobytes (1 kB = 1000 bytes), the stricter reading of "60 kB" and "10 kB".
const HTML_CSS_BUDGET = 60_000;
const JS_BUDGET = 10_000;
// Pagefind's files load only for search and are measured by Pagefind, not by this budget.
const PAGEFIND = '/pagefind/';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context shared by one describe block: created before its tests, closed after them. */
function sharedContext(options: Parameters<typeof siteContext>[2] = {}): () => BrowserContext {
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await siteContext(browser, server.origin, options);
  });
  afterAll(async () => {
    await context?.close();
  });
  return () => {
    if (!context) throw new Error('browser context was not created');
    return context;
  };
}

async function visit(tab: Page, page: SitePage): Promise<void> {
  const response = await tab.goto(server.origin + page.path);
  expect(response?.status(), `${page.path} did not load`).toBe(200);
}

/** Runs a check in a fresh tab of the given context and always closes the tab. */
async function inTab<T>(context: BrowserContext, check: (tab: Page) => Promise<T>): Promise<T> {
  const tab = await context.newPage();
  try {
    return await check(tab);
  } finally {
    await tab.close();
  }
}

describe.concurrent('every page loads with no console errors and no failed requests', () => {
  const context = sharedContext();
  for (const page of sampled) {
    it(page.path, async () => {
      await inTab(context(), async (tab) => {
        const problems = recordProblems(tab, server.origin);
        await visit(tab, page);
        // Let requests made after load (scripts fetching data) finish or fail. Bounded: a response body that page code
        // never reads keeps the network "busy" forever, and what failed is already recorded.
        await tab.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
        expect(problems, `${page.path} logged errors or failed requests`).toEqual([]);
      });
    });
  }
});

describe(`axe-core finds no violations (${AXE_TAGS.join(', ')}) in light and dark color schemes`, () => {
  const context = sharedContext();
  for (const page of sampled) {
    it(page.path, async () => {
      const violations = await inTab(context(), async (tab) => {
        await visit(tab, page);
        const found: string[] = [];
        for (const colorScheme of ['light', 'dark'] as const) {
          await tab.emulateMedia({ colorScheme });
          // A colour transition still running would make the contrast check measure an in-between colour.
          await tab.evaluate(() =>
            Promise.all(
              document
                .getAnimations()
                .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
                .map((a) => a.finished),
            ),
          );
          // Legacy mode runs axe.run inside the page; the default mode opens an extra blank page per analysis to merge
          // results across frames, which doubles the suite's time, and the site embeds no frames.
          const results = await new AxeBuilder({ page: tab })
            .withTags(AXE_TAGS)
            .options({ resultTypes: ['violations'] })
            .setLegacyMode(true)
            .analyze();
          for (const v of results.violations) {
            for (const node of v.nodes) {
              const summary = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
              found.push(`${colorScheme}: ${v.id} (${v.impact ?? 'n/a'}) ${v.help} — ${node.target.join(' ')}${summary ? `: ${summary}` : ''}`);
            }
          }
        }
        return found;
      });
      expect(violations, `${page.path} has accessibility violations`).toEqual([]);
    });
  }
});

interface PageLinks {
  ids: string[];
  links: { element: string; url: string }[];
}

describe('internal links and #anchors resolve to files and element ids in dist/', () => {
  // Links and ids are read from the built HTML as the browser parses it, with scripts off: a link or anchor target that
  // only exists once a script has run would be broken for readers without JavaScript.
  const context = sharedContext({ javaScriptEnabled: false });
  // The built HTML of every page, read once: its ids answer every fragment that points at it.
  const crawled = new Map<string, PageLinks>();
  beforeAll(async () => {
    for (const page of pages) {
      const found = await inTab(context(), async (tab) => {
        await visit(tab, page);
        return tab.evaluate((): PageLinks => {
          const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
          // <a name> is still a valid fragment target.
          ids.push(...[...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name') ?? ''));
          const links: PageLinks['links'] = [];
          const add = (el: Element, attr: string, value: string | null): void => {
            if (value === null || value.trim() === '') return;
            try {
              links.push({ element: `<${el.tagName.toLowerCase()} ${attr}="${value}">`, url: new URL(value.trim(), document.baseURI).href });
            } catch {
              links.push({ element: `<${el.tagName.toLowerCase()} ${attr}="${value}">`, url: 'invalid:' });
            }
          };
          for (const el of document.querySelectorAll('a[href], area[href], link[href]')) add(el, 'href', el.getAttribute('href'));
          for (const el of document.querySelectorAll('[src]')) add(el, 'src', el.getAttribute('src'));
          for (const el of document.querySelectorAll('[srcset]')) {
            for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) add(el, 'srcset', candidate.trim().split(/\s+/)[0] ?? '');
          }
          return { ids, links };
        });
      });
      crawled.set(page.file, found);
    }
  });

  for (const page of pages) {
    it(page.path, () => {
      const own = crawled.get(page.file);
      expect(own, `${page.path} was not crawled`).toBeDefined();
      const problems: string[] = [];
      for (const { element, url } of own?.links ?? []) {
        if (url === 'invalid:') {
          problems.push(`${element}: not a valid URL`);
          continue;
        }
        const target = new URL(url);
        if (target.origin !== server.origin) continue;
        if (isDirectoryWithoutSlash(target.pathname)) {
          problems.push(`${element}: ${target.pathname} is a directory; link to ${target.pathname}/ (the site uses trailing slashes)`);
          continue;
        }
        const file = distFileFor(target.pathname);
        if (file === null) {
          problems.push(`${element}: no file in dist/ for ${target.pathname}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        // An empty fragment and "top" scroll to the top of the document by definition (HTML's "indicated part").
        if (fragment === '' || fragment.toLowerCase() === 'top' || !file.endsWith('.html')) continue;
        const ids = crawled.get(file)?.ids ?? [];
        if (!ids.includes(fragment)) problems.push(`${element}: no element with id "${fragment}" on ${target.pathname}`);
      }
      expect(problems, `${page.path} has broken internal links or anchors`).toEqual([]);
    });
  }
});

describe('layout holds at 375 px wide: the document does not scroll sideways', () => {
  const context = sharedContext({ viewport: { width: 375, height: 812 } });
  for (const page of sampled) {
    it(page.path, async () => {
      const layout = await inTab(context(), async (tab) => {
        await visit(tab, page);
        return tab.evaluate(() => {
          const root = document.documentElement;
          const limit = root.clientWidth;
          const name = (el: Element): string => el.tagName.toLowerCase() + [...el.classList].map((c) => `.${c}`).join('');
          const isContainingBlock = (el: Element): boolean => {
            const s = getComputedStyle(el);
            return s.position !== 'static' || s.transform !== 'none' || s.filter !== 'none' || s.perspective !== 'none' || /paint|layout|strict|content/.test(s.contain);
          };
          // Whether an element's box can widen the document. A scrolling or clipping box (a wide table in an
          // overflow:auto wrapper) contains what lies in it, but only along the containing-block chain: an absolutely
          // positioned descendant whose containing block is outside the wrapper escapes it and widens the page.
          const reachesDocument = (el: Element): boolean => {
            for (let node: Element = el; ; ) {
              const position = getComputedStyle(node).position;
              if (position === 'fixed') return false;
              let block = node.parentElement;
              if (position === 'absolute') while (block && block !== root && !isContainingBlock(block)) block = block.parentElement;
              if (!block || block === root || block === document.body) return true;
              if (getComputedStyle(block).overflowX !== 'visible') return false;
              node = block;
            }
          };
          const overflows = (el: Element): boolean => el.getBoundingClientRect().right > limit + 0.5 && reachesDocument(el);
          // Name the outermost culprits only (a wide block, not each of its children), grouped by what they look like.
          const culprits = new Map<string, { count: number; right: number; example: string }>();
          for (const el of document.body.querySelectorAll('*')) {
            if (!overflows(el) || (el.parentElement && el.parentElement !== document.body && overflows(el.parentElement))) continue;
            const seen = culprits.get(name(el)) ?? { count: 0, right: 0, example: '' };
            culprits.set(name(el), {
              count: seen.count + 1,
              right: Math.max(seen.right, Math.round(el.getBoundingClientRect().right)),
              example: seen.example || (el.id ? `#${el.id}` : el.parentElement?.id ? `in #${el.parentElement.id}` : ''),
            });
          }
          const list = [...culprits].map(
            ([what, { count, right, example }]) => `${what}${example ? ` (${example})` : ''}${count > 1 ? ` ×${count}` : ''} reaching ${right}px`,
          );
          return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits: list.join('; ') };
        });
      });
      expect(
        layout.scrollWidth,
        `${page.path} is ${layout.scrollWidth}px wide in a ${layout.clientWidth}px viewport; elements that widen it: ${layout.culprits || 'none found'}`,
      ).toBeLessThanOrEqual(layout.clientWidth);
    });
  }
});

describe('pages work with JavaScript disabled', () => {
  const context = sharedContext({ javaScriptEnabled: false });
  for (const page of sampled) {
    it(page.path, async () => {
      const state = await inTab(context(), async (tab) => {
        await visit(tab, page);
        return tab.evaluate(() => {
          const mains = document.querySelectorAll('main');
          const main = mains[0];
          let text = '';
          if (main) {
            // Text a reader actually sees, not counting <noscript> fallbacks: the content itself must not need scripts.
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement;
              if (parent && !parent.closest('noscript') && parent.checkVisibility()) text += node.textContent ?? '';
            }
          }
          // A script-wired button does nothing without scripts, so it must stay hidden until the script shows it.
          const deadControls = [...document.querySelectorAll('[data-toggle]')]
            .filter((el) => !(el instanceof HTMLInputElement) && el.checkVisibility())
            .map((el) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim() || el.getAttribute('aria-label') || ''}"`);
          return { mains: mains.length, text: text.replace(/\s+/g, ' ').trim(), deadControls };
        });
      });
      expect(state.mains, `${page.path} should have exactly one <main>`).toBe(1);
      expect(state.text.length, `${page.path}: <main> shows no text without JavaScript (outside <noscript>)`).toBeGreaterThan(0);
      expect(state.deadControls, `${page.path}: script-only toggles are visible with JavaScript disabled`).toEqual([]);
    });
  }
});

/** The focused element after a real Tab press, with what a sighted keyboard user would see of it. */
interface FirstStop {
  tag: string;
  text: string;
  hash: string;
  outline: string;
  visible: boolean;
}

describe('keyboard: the first Tab reaches a visible "Skip to content" link, and focus is visible on links', () => {
  const context = sharedContext();
  for (const page of sampled) {
    it(page.path, async () => {
      const problems = await inTab(context(), async (tab) => {
        await visit(tab, page);
        await tab.keyboard.press('Tab');
        const first = await tab.evaluate((): FirstStop | null => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          return {
            tag: el.tagName.toLowerCase(),
            text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
            hash: el instanceof HTMLAnchorElement ? el.hash : '',
            outline: style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? '' : `${style.outlineStyle} ${style.outlineWidth}`,
            visible:
              rect.width > 1 && rect.height > 1 && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight &&
              el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          };
        });
        if (!first || first.tag !== 'a' || !/^skip to (main )?content$/i.test(first.text)) {
          return [`the first Tab stop is ${first ? `<${first.tag}> "${first.text.slice(0, 60)}"` : 'nothing'}, not a "Skip to content" link`];
        }
        const found: string[] = [];
        if (!first.visible) found.push('the focused "Skip to content" link is not visible in the viewport');
        if (!first.outline) found.push('the focused "Skip to content" link has no focus outline');
        // Activating the skip link must move the sequential focus point to its target, past the site header.
        await tab.keyboard.press('Enter');
        if ((await tab.evaluate(() => location.hash)) !== first.hash) found.push(`activating "Skip to content" did not go to ${first.hash}`);
        await tab.keyboard.press('Tab');
        const landing = await tab.evaluate((hash) => {
          const target = document.getElementById(decodeURIComponent(hash.slice(1)));
          if (!target) return `no element with id ${hash}`;
          const atOrAfter = (el: Element): boolean =>
            target.contains(el) || (target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
          const focusables = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]');
          const reachable = [...focusables].some((el) => el.tabIndex >= 0 && el.checkVisibility() && atOrAfter(el));
          const el = document.activeElement;
          // With nothing focusable after the target, focus leaving the page or wrapping to the top is correct.
          if (!reachable || (el && el !== document.body && atOrAfter(el))) return '';
          return `after "Skip to content", Tab went to <${el?.tagName.toLowerCase()}> "${(el?.textContent ?? '').trim().slice(0, 40)}", before ${hash}`;
        }, first.hash);
        if (landing) found.push(landing);
        // Focus last moved by keyboard, so focusing each link from script matches :focus-visible exactly as
        // tabbing to it would; one round trip instead of a key press per link.
        found.push(
          ...(await tab.evaluate(() => {
            const bad: string[] = [];
            for (const link of document.querySelectorAll<HTMLElement>('a[href], area[href]')) {
              if (!link.checkVisibility()) continue;
              link.focus({ preventScroll: true });
              const label = `<a href="${link.getAttribute('href')}"> "${(link.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
              if (document.activeElement !== link) bad.push(`${label}: cannot take focus`);
              else if (getComputedStyle(link).outlineStyle === 'none' || parseFloat(getComputedStyle(link).outlineWidth) === 0) bad.push(`${label}: no focus outline`);
            }
            return bad;
          })),
        );
        return found;
      });
      expect(problems, `${page.path} keyboard problems`).toEqual([]);
    });
  }
});

type ToggleKind = 'native' | 'button' | 'other';

/** The state a toggle exposes, as text; null when it exposes none. Serialised into the page, so self-contained. */
function toggleState(el: Element): string | null {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return `checked=${el.checked}`;
  for (const attr of ['aria-pressed', 'aria-checked']) {
    const value = el.getAttribute(attr);
    if (value !== null) return `${attr}=${value}`;
  }
  return null;
}

async function stateAfter(toggle: Locator, before: string): Promise<string | null> {
  // Enhancement scripts may update state in a later task; give them a moment before calling the action a no-op.
  for (let waited = 0; ; waited += 50) {
    const now = await toggle.evaluate(toggleState);
    if (now !== before || waited >= 5000) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('toggles ([data-toggle]) change state by keyboard and by mouse', () => {
  const context = sharedContext();
  it('every [data-toggle] on every page', async ({ skip }) => {
    const problems: string[] = [];
    let toggles = 0;
    for (const page of sampled) {
      await inTab(context(), async (tab) => {
        await visit(tab, page);
        const count = await tab.locator('[data-toggle]').count();
        toggles += count;
        for (let i = 0; i < count; i++) {
          const toggle = tab.locator('[data-toggle]').nth(i);
          const { label, kind } = await toggle.evaluate((el) => {
            const text = (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent) ?? '';
            const kind: ToggleKind =
              el instanceof HTMLInputElement ? 'native' : el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' ? 'button' : 'other';
            const name = text.replace(/\s+/g, ' ').trim() || el.getAttribute('aria-label') || '';
            return { label: `<${el.tagName.toLowerCase()} data-toggle="${el.getAttribute('data-toggle')}"> "${name}"`, kind };
          });
          const where = `${page.path} ${label}`;
          let state = await toggle.evaluate(toggleState);
          if (state === null) {
            problems.push(`${where}: exposes no aria-pressed, aria-checked or checked state`);
            continue;
          }
          const focusable = await toggle.evaluate((el) => {
            (el as HTMLElement).focus();
            return el === document.activeElement && (el as HTMLElement).tabIndex >= 0;
          });
          if (!focusable) {
            problems.push(`${where}: cannot take keyboard focus`);
            continue;
          }
          // Buttons activate on Space and Enter; checkboxes and switches toggle on Space only.
          const keys = kind === 'button' ? ['Space', 'Enter'] : ['Space'];
          for (const key of keys) {
            await toggle.press(key);
            const next = await stateAfter(toggle, state);
            if (next === state) problems.push(`${where}: ${key} did not change ${state}`);
            state = next ?? state;
          }
          try {
            await toggle.click({ timeout: 15_000 });
          } catch (error) {
            problems.push(`${where}: could not be clicked (${(error as Error).message.split('\n')[0]})`);
            continue;
          }
          const clicked = await stateAfter(toggle, state);
          if (clicked === state) problems.push(`${where}: a mouse click did not change ${state}`);
        }
      });
    }
    if (toggles === 0) skip(`no page in dist/ has a [data-toggle] element yet (checked ${pages.length} pages)`);
    expect(problems, `toggle problems across ${toggles} toggles`).toEqual([]);
  }, 300_000);
});

describe('page weight: HTML + its CSS under 60 kB gzipped, at most 10 kB gzipped JavaScript (Pagefind aside)', () => {
  const context = sharedContext();
  const gzipped = (data: string | Buffer): number => gzipSync(data).length;
  for (const page of pages) {
    it(page.path, async () => {
      const { stylesheets, scripts, inlineScripts } = await inTab(context(), async (tab) => {
        const requested = { stylesheet: new Set<string>(), script: new Set<string>() };
        tab.on('request', (request) => {
          const type = request.resourceType();
          if (type === 'stylesheet' || type === 'script') requested[type].add(request.url());
        });
        await visit(tab, page);
        const inline = await tab.$$eval('script:not([src])', (els) =>
          els
            .filter((el) => ['', 'module', 'text/javascript', 'application/javascript'].includes((el.getAttribute('type') ?? '').toLowerCase()))
            .map((el) => el.textContent ?? ''),
        );
        return { stylesheets: [...requested.stylesheet], scripts: [...requested.script], inlineScripts: inline };
      });
      const measure = (urls: string[]): { parts: string[]; total: number } => {
        const parts: string[] = [];
        let total = 0;
        for (const url of urls) {
          const { origin, pathname } = new URL(url);
          if (origin !== server.origin || pathname.startsWith(PAGEFIND)) continue;
          const file = distFileFor(pathname);
          if (file === null) throw new Error(`${page.path} loads ${pathname}, which is not in dist/`);
          const size = gzipped(readFileSync(file));
          parts.push(`${pathname} ${size} B`);
          total += size;
        }
        return { parts, total };
      };
      const html = gzipped(readFileSync(page.file));
      const css = measure(stylesheets);
      const js = measure(scripts);
      const inline = inlineScripts.join('\n');
      if (inline.trim() !== '') {
        const size = gzipped(inline);
        js.parts.push(`inline scripts ${size} B`);
        js.total += size;
      }
      expect(html + css.total, `${page.path}: HTML ${html} B + CSS [${css.parts.join(', ')}] gzipped`).toBeLessThan(HTML_CSS_BUDGET);
      expect(js.total, `${page.path}: JavaScript [${js.parts.join(', ')}] gzipped`).toBeLessThanOrEqual(JS_BUDGET);
    });
  }
});

const SCREENSHOT_KINDS: { name: string; matches: (path: string) => boolean; required: boolean }[] = [
  { name: 'home', matches: (path) => path === '/', required: true },
  { name: 'article', matches: (path) => /^\/articles\/[^/]+\/$/.test(path), required: true },
  { name: 'comparison', matches: (path) => /^\/compare\/[^/]+\/[^/]+\/$/.test(path), required: false },
  { name: 'quotes', matches: (path) => path === '/quotes/', required: false },
];

describe('screenshots saved to test-results/screenshots/', () => {
  const context = sharedContext();
  beforeAll(() => {
    // Start empty, so a screenshot of a page kind that no longer exists cannot pass for a current one.
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  for (const kind of SCREENSHOT_KINDS) {
    const page = pages.find((p) => kind.matches(p.path));
    it(`${kind.name}${page ? ` (${page.path})` : ''}`, async ({ skip }) => {
      if (!page) {
        if (!kind.required) skip(`no ${kind.name} page in dist/ yet`);
        throw new Error(`no ${kind.name} page found in dist/`);
      }
      await inTab(context(), async (tab) => {
        await visit(tab, page);
        const shot = await tab.screenshot({ path: join(SCREENSHOTS, `${kind.name}.png`), fullPage: true });
        // A PNG's width and height are the big-endian words at bytes 16 and 20 of its header chunk: a full-page shot
        // as wide as the viewport means nothing made the page scroll sideways, and it shows the page's heading.
        expect(shot.readUInt32BE(16), `${kind.name}.png is wider than the 1280 px viewport`).toBe(1280);
        expect(shot.readUInt32BE(20), `${kind.name}.png is shorter than one screen`).toBeGreaterThanOrEqual(900);
        await expect(tab.locator('h1').first().isVisible(), `${kind.name} shows no heading`).resolves.toBe(true);
      });
    });
  }
});
