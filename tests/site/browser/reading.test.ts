// Reading the comparison and article pages as a person would, in a real Chromium on the seeds: what search credits to
// whom, which way the edits read, what a copy holds, a phone, a screen reader, paper, and the small things (issue 15).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteContext } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/server.ts';
import { comparisonPathsOf, DIST, requireDist } from './support/site.ts';

requireDist();
interface Block { id: string; kind: string; text: string }
interface Article { id: string; outlet: string | null; headline: string | null; published: string | null; blocks: Block[] }
interface Comparison { a: string; b: string; relation: string; rows: { kind: string; aBlocks: string[]; bBlocks: string[] }[] }
const api = <T,>(name: string): T => JSON.parse(readFileSync(join(DIST, 'api', `${name}.json`), 'utf8')) as T;
const storyFiles = api<{ stories: { id: string }[] }>('index').stories.map((s) => api<{ articles: Article[]; comparisons: Comparison[] }>(`stories/${s.id}`));
const articles = storyFiles.flatMap((f) => f.articles);
const comparisons = storyFiles.flatMap((f) => f.comparisons);
const article = (id: string) => articles.find((a) => a.id === id)!;
const versionPair = comparisons.find((c) => c.relation === 'version')!;
// One page per pair: a version's own page for it and its parent, else the comparison page in stored order.
const comparePath = comparisonPathsOf(DIST);
// The page of the version pair puts the article whose page it is (or the pair's first article) on the left.
const pairPage = comparePath(versionPair.a, versionPair.b);
const [left, right] = pairPage === `/articles/${versionPair.b}/` ? [versionPair.b, versionPair.a] : [versionPair.a, versionPair.b];
const leftBlocks = (r: Comparison['rows'][number]) => (left === versionPair.a ? r.aBlocks : r.bBlocks);

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
  context = await siteContext(browser, server.origin);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: Parameters<typeof siteContext>[2] = {}): Promise<Page> {
  const page = Object.keys(options).length ? await (await siteContext(browser, server.origin, options)).newPage() : await context.newPage();
  const response = await page.goto(server.origin + path);
  expect(response?.status(), `${path} did not load`).toBe(200);
  return page;
}
async function close(page: Page): Promise<void> {
  const own = page.context() !== context;
  await page.close();
  if (own) await page.context().close();
}

/**
 * Runs queries through the built Pagefind index in the page. A string, so the test's bundler leaves the dynamic
 * import for the browser to resolve.
 */
async function searchFor(page: Page, queries: string[]): Promise<{ query: string; url: string; content: string }[]> {
  return page.evaluate(`(async (queries) => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const out = [];
    for (const query of queries) {
      const search = await pagefind.search(query);
      for (const r of search.results) out.push({ query, ...(await r.data()) });
    }
    return out;
  })(${JSON.stringify(queries)})`);
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

describe('1. search credits an article only with its own words', () => {
  it('a word only the other version has does not find the article, and no hint text is indexed', async () => {
    const page = await open('/search/');
    try {
      const problems: string[] = [];
      for (const [x, y] of [[versionPair.a, versionPair.b], [versionPair.b, versionPair.a]] as const) {
        const a = article(x);
        // The article's text and metadata (its id is in the seed path the page shows); Pagefind stems words, so a
        // word counts as the article's own when any of its words starts alike ("stabilize"/"stabilise").
        const own = [...wordsOf([...a.blocks.map((b) => b.text), a.id, a.outlet ?? '', a.headline ?? ''].join(' '))].map((w) => w.slice(0, 6));
        const theirs = [...wordsOf(article(y).blocks.map((b) => b.text).join(' '))].filter((w) => !own.includes(w.slice(0, 6))).slice(0, 8);
        expect(theirs.length, `${y} has words ${x} lacks`).toBeGreaterThan(0);
        const results = await searchFor(page, theirs);
        for (const r of results) {
          if (r.url.includes(`/articles/${x}/`)) problems.push(`searching "${r.query}" (only ${y} has it) lists ${x}`);
          if (/\[(added|removed|style)|added: |removed: /.test(r.content)) problems.push(`${r.url} indexes diff hints: ${r.content.slice(0, 80)}`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await close(page);
    }
  });
});

describe('3. edits read in a direction only when something tells it', () => {
  it('versions whose dates do not tell: "A has X where B has Y", never "what the editors changed"', async () => {
    for (const [x, y] of [[left, right]] as const) {
      const page = await open(comparePath(x, y));
      try {
        const summary = page.locator('.summary');
        await expect(summary.getByRole('heading', { name: 'What the editors changed' }).count()).resolves.toBe(0);
        await expect(summary.getByRole('heading', { name: 'Where the wording differs' }).count()).resolves.toBe(1);
        const headers = await summary.locator('.edit-table').first().locator('thead th').allInnerTexts();
        expect(headers.slice(0, 2)).toEqual([`${article(x).outlet} has`, `where ${article(y).outlet} has`]);
        // Side by side, not as a cut and an addition.
        await expect(summary.locator('.edit-table').first().locator('del, ins').count()).resolves.toBe(0);
        await expect(summary.locator('.lede').innerText()).resolves.toMatch(/do not tell which came first/);
      } finally {
        await close(page);
      }
    }
  });
});

describe('4. edits are readable phrases, style apart, each linked to its row', () => {
  it('no edit is a lone function word or punctuation, and each one is found in the row it links to', async () => {
    const page = await open(comparePath(versionPair.a, versionPair.b));
    try {
      const rows = await page.locator('.summary .edit-table').first().locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const cells = [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim());
          const links = [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
          const targets = links.map((href) => {
            const row = document.getElementById(href.slice(1));
            // Each side's own reading: an article page's right side shows both texts, the other's cuts struck out.
            const side = (cls: string) => {
              const text = row?.querySelector(`.${cls} .text`)?.cloneNode(true) as Element | undefined;
              text?.querySelectorAll(cls === 'side-b' ? 'del' : 'ins').forEach((el) => el.remove());
              return (text?.textContent ?? '').replace(/\s+/g, ' ');
            };
            return { href, found: !!row, a: side('side-a'), b: side('side-b') };
          });
          return { cells, targets };
        }),
      );
      expect(rows.length).toBeGreaterThan(3);
      const FUNCTION_WORDS = /^(?:\(nothing\)|[\p{P}\s]*|(?:in|he|she|his|her|a|an|the|of|on|see|him|to)(?:\s+(?:in|he|she|his|her|a|an|the|of|on|see|him|to))*)$/iu;
      for (const { cells, targets } of rows) {
        for (const side of cells.slice(0, 2)) expect(side, `edit ${cells.join(' | ')}`).not.toMatch(FUNCTION_WORDS);
        expect(targets.length, `edit ${cells.join(' | ')} links to no row`).toBeGreaterThan(0);
        for (const t of targets) {
          expect(t.found, `${t.href} is not a row`).toBe(true);
          expect(t.a, `${t.href} does not show "${cells[0]}"`).toContain(cells[0]);
          expect(t.b, `${t.href} does not show "${cells[1]}"`).toContain(cells[1]!.replace(/ ×\d+$/, ''));
        }
      }
      // Spelling, punctuation and quote glyphs are listed apart, with a count in the singular when there is one.
      const style = await page.locator('.summary details summary').innerText();
      expect(style).toMatch(/^\d+ style-only differences? /);
      expect(style).not.toMatch(/^1 style-only differences/);
    } finally {
      await close(page);
    }
  });
});

describe('5. a style-only change shown in both spellings tells the old from the new by its line', () => {
  it('strikes the old spelling and underlines the new one, on screen and in print', async () => {
    const page = await open(pairPage);
    try {
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        const lines = await page.evaluate(() => {
          const line = (op: string) => [...document.querySelectorAll(`.rows .style-diff[data-op='${op}']`)].map((el) => getComputedStyle(el).textDecorationLine);
          return { removed: line('removed'), added: line('added') };
        });
        expect(lines.removed.length, 'the article page shows a style-only change in both spellings').toBeGreaterThan(0);
        expect(new Set(lines.removed), media).toEqual(new Set(['line-through']));
        expect(new Set(lines.added), media).toEqual(new Set(['underline']));
      }
    } finally {
      await close(page);
    }
  });
});

describe('6. rows are numbered permalinks; moved paragraphs link both ends; a sticky header names the columns', () => {
  // Moved paragraphs and their markers: tests/site/hostileSite.test.ts, on held-out captures that move paragraphs.
  it('the column header stays in view while scrolling and names both outlets', async () => {
    const page = await open(comparePath(versionPair.a, versionPair.b));
    try {
      await page.locator('.rows > li').last().scrollIntoViewIfNeeded();
      const head = page.locator('.row--head');
      const box = await head.boundingBox();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(-1);
      expect(box?.y ?? 999).toBeLessThan(2);
      const text = await head.innerText();
      for (const id of [versionPair.a, versionPair.b]) expect(text).toContain(article(id).outlet ?? 'Unknown outlet');
    } finally {
      await close(page);
    }
  });
});

describe('7. copying a paragraph copies its text, without hint markers', () => {
  it('on the comparison and the article page, a selected paragraph is the article’s own text', async () => {
    const edited = versionPair.rows.find((r) => r.kind === 'edited' && leftBlocks(r).length === 1)!;
    const block = leftBlocks(edited)[0]!;
    const expected = article(left).blocks.find((b) => b.id === block)!.text;
    for (const [path, selector] of [
      // A comparison page shows the stored orientation, rows numbered as stored; an article page marks its blocks.
      [pairPage, pairPage.startsWith('/articles/') ? `[id="${block}"]` : `#row-${versionPair.rows.indexOf(edited) + 1} .side-a .text`],
      [`/articles/${left}/`, `[id="${block}"]`],
    ] as const) {
      const page = await open(path);
      try {
        const copied = await page.locator(selector).evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return getSelection()!.toString();
        });
        expect(copied, path).toBe(expected);
      } finally {
        await close(page);
      }
    }
  });
});

describe('7b. copying the other version beside an article copies that version', () => {
  it('leaves the article\'s own struck-out words out of what is copied from the right column', async () => {
    const path = `/articles/${left}/`;
    const edited = versionPair.rows.find((r) => r.kind === 'edited' && leftBlocks(r).length === 1 && (left === versionPair.a ? r.bBlocks : r.aBlocks).length === 1)!;
    const otherBlock = (left === versionPair.a ? edited.bBlocks : edited.aBlocks)[0]!;
    const expected = article(right).blocks.find((b) => b.id === otherBlock)!.text;
    const page = await open(path);
    try {
      const row = page.locator('.rows .row').filter({ has: page.locator(`[id="${leftBlocks(edited)[0]}"]`) });
      const copied = await row.locator('.side-b .text').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return getSelection()!.toString();
      });
      expect(copied.replace(/\s+/g, ' ').trim()).toBe(expected.replace(/\s+/g, ' ').trim());
    } finally {
      await close(page);
    }
  });
});

describe('8. a phone 375 px wide', () => {
  const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
  it('/: a table wider than the screen shows an edge where it goes on, and headlines keep a readable width', async () => {
    const page = await open('/', phone);
    try {
      const tables = await page.locator('.table-wrap').evaluateAll((els) =>
        els.map((el) => ({
          overflows: el.scrollWidth > el.clientWidth,
          cue: getComputedStyle(el).backgroundImage.includes('radial-gradient'),
          headlines: [...el.querySelectorAll('td.headline')].map((td) => td.getBoundingClientRect().width / parseFloat(getComputedStyle(td).fontSize)),
        })),
      );
      const wide = tables.filter((t) => t.overflows);
      expect(wide.length).toBeGreaterThan(0);
      for (const t of wide) expect(t.cue).toBe(true);
      expect(tables.flatMap((t) => t.headlines).every((em) => em >= 10.9)).toBe(true);
    } finally {
      await close(page);
    }
  });
  for (const path of [comparePath(versionPair.a, versionPair.b), `/articles/${versionPair.a}/`, `/articles/${versionPair.b}/`]) {
    it(`${path}: nothing wider than the screen, versions stacked with the outlet named on each`, async () => {
      const page = await open(path, phone);
      try {
        const state = await page.evaluate(() => {
          const row = [...document.querySelectorAll('.rows > li.row--edited, .rows > li.row--same')][0]!;
          const [a, b] = [row.querySelector('.side-a')!, row.querySelector('.side-b')!];
          // The name is the side's generated first line, shown only when the sides are stacked.
          const nameOf = (side: Element) => {
            const before = getComputedStyle(side, '::before');
            return before.display === 'none' ? '' : before.content.replace(/^attr\(aria-label\).*$/, side.getAttribute('aria-label') ?? '');
          };
          return {
            width: document.documentElement.scrollWidth,
            stacked: b.getBoundingClientRect().top >= a.getBoundingClientRect().bottom - 1,
            names: [nameOf(a), nameOf(b)],
            // A table may scroll inside its wrapper, but a reader should not have to: each fits the screen.
            tables: [...document.querySelectorAll('main table')].map((t) => Math.round(t.getBoundingClientRect().width)),
            lede: document.querySelector('.summary .lede')?.getBoundingClientRect().top ?? null,
            figures: document.querySelector('.summary .figures')?.getBoundingClientRect().top ?? null,
          };
        });
        expect(state.width).toBeLessThanOrEqual(375);
        expect(state.stacked).toBe(true);
        expect(state.names.every((n) => n.length > 0), `sides named ${JSON.stringify(state.names)}`).toBe(true);
        for (const width of state.tables) expect(width, 'a table is wider than the screen').toBeLessThanOrEqual(375);
        if (path === comparePath(versionPair.a, versionPair.b)) {
          expect(state.lede, 'a comparison opens with a summary in words').not.toBeNull();
          expect(state.lede!, 'the summary comes before the figures').toBeLessThan(state.figures!);
        }
      } finally {
        await close(page);
      }
    });
  }
});

describe('9. a screen reader', () => {
  it('hears each side’s outlet with its text and insertions and deletions as such; no tab stop inside the texts', async () => {
    const page = await open(comparePath(versionPair.a, versionPair.b));
    try {
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
      const spoken = nodes.filter((n) => !n.ignored && n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
      const text = spoken.join('|');
      const groups = nodes.filter((n) => !n.ignored && n.role?.value === 'group').map((n) => n.name?.value ?? '');
      // Each side of every row is named (a paragraph both print alike is said once, for both), so a listener moving
      // row by row always knows whose text follows.
      const [sideA, sideB] = [await page.locator('.rows .side-a').count(), await page.locator('.rows .side-b').count()];
      const shared = await page.locator('.rows .side-both').count();
      expect(sideA + shared).toBeGreaterThan(5);
      expect(groups.filter((s) => s === article(left).outlet).length).toBeGreaterThanOrEqual(sideA);
      expect(groups.filter((s) => s === article(right).outlet).length).toBeGreaterThanOrEqual(sideB);
      expect(groups.filter((s) => s === 'Both').length).toBeGreaterThanOrEqual(shared);
      expect(text).toContain('removed: ');
      expect(text).toContain('added: ');
      // Only a quotation may be a link inside a text (to the quote index, on an article's own words).
      const tabStops = await page.locator('.rows .side').evaluateAll((sides) =>
        sides.flatMap((s) => [...s.querySelectorAll<HTMLElement>('a[href]:not(.quote), button, input, [tabindex]')].filter((el) => el.tabIndex >= 0)).length,
      );
      expect(tabStops).toBe(0);
    } finally {
      await close(page);
    }
  });

  it('hears how many search results there are', async () => {
    const page = await open('/search/');
    try {
      await page.locator('#search input').fill('Putin');
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\d+ results? for Putin/);
    } finally {
      await close(page);
    }
  });
});

describe('10. print', () => {
  it('prints black on white in the dark scheme, two columns on a page’s width, links with their targets', async () => {
    const page = await open(comparePath(versionPair.a, versionPair.b), { viewport: { width: 700, height: 1000 }, colorScheme: 'dark' });
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const state = await page.evaluate(() => {
        const style = (sel: string, pseudo?: string) => getComputedStyle(document.querySelector(sel)!, pseudo);
        const LINK = '.pair a[href^="/"], .story-link a[href^="/"]';
        const link = document.querySelector(LINK)!;
        return {
          background: style('body').backgroundColor,
          colour: style('body').color,
          columns: style('.rows > li.row--edited').gridTemplateColumns.split(' ').length,
          ins: [style('.rows ins').textDecorationLine, style('.rows ins').color, style('.rows ins').backgroundColor],
          del: [style('.rows del').textDecorationLine, style('.rows del').color],
          link: style(LINK, '::after').content,
          href: link.getAttribute('href'),
          header: [style('.site-header').position, style('.row--head').position],
        };
      });
      expect(state.background).toBe('rgb(255, 255, 255)');
      expect(state.colour).toBe('rgb(0, 0, 0)');
      expect(state.columns).toBe(2);
      expect(state.ins).toEqual(['underline', 'rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)']);
      expect(state.del).toEqual(['line-through', 'rgb(0, 0, 0)']);
      expect(state.link).toContain(state.href);
      // In the flow of the first page, not repeated on every page.
      expect(state.header).toEqual(['static', 'static']);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(1000);
    } finally {
      await close(page);
    }
  });
});

describe('11. small defects', () => {
  it('a quotation one outlet carries is never "Same wording everywhere"', async () => {
    const page = await open('/quotes/');
    try {
      const cards = await page.locator('.quote-group').evaluateAll((els) =>
        els.map((el) => ({ who: el.querySelector('.who')?.textContent ?? '', match: el.querySelector('.match')?.textContent?.trim() ?? '' })),
      );
      const single = cards.filter((c) => /· 1 outlet\b/.test(c.who));
      expect(single.length).toBeGreaterThan(0);
      for (const c of single) expect(c.match, c.who).not.toMatch(/everywhere|between outlets/);
    } finally {
      await close(page);
    }
  });
  it('an article without a headline is titled by its own words, without "[no headline]"', async () => {
    const untitled = articles.find((a) => !a.headline)!;
    const page = await open(`/articles/${untitled.id}/`);
    try {
      const h1 = await page.locator('h1').innerText();
      expect(h1).not.toContain('[no headline]');
      expect(h1.replace(/^“|…?”$/g, '').length).toBeGreaterThan(20);
      await expect(page.locator('.no-headline').count()).resolves.toBe(1);
    } finally {
      await close(page);
    }
  });

  it('no version switcher offers a single choice', async () => {
    for (const path of [comparePath(versionPair.a, versionPair.b), `/articles/${versionPair.a}/`]) {
      const page = await open(path);
      try {
        const choices = await page.locator('nav[aria-label="Compare with another version"] a').count();
        expect(choices === 0 || choices > 1, `${path} offers ${choices} choice`).toBe(true);
      } finally {
        await close(page);
      }
    }
  });

  it('an unknown address gets a 404 page that leads back in', async () => {
    const page = await context.newPage();
    try {
      const response = await page.goto(`${server.origin}/no/such/page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
      await expect(page.locator('main a[href="/"]').count()).resolves.toBe(1);
    } finally {
      await page.close();
    }
  });

  it('the .diff names a’s file on --- and b’s on +++', async () => {
    const response = await context.request.get(`${server.origin}/compare/${versionPair.a}/${versionPair.b}.diff`);
    expect(await response.text()).toContain(`\n--- a/${versionPair.a}.txt\n+++ b/${versionPair.b}.txt\n`);
  });
});
