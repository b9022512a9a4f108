// The built site, in a temporary copy of the project with a hostile seed and the ten held-out captures from other
// outlets added as plain .txt files (the checkout's seeds/ and dist/ are never touched): seed text is escaped on
// every page, every page is valid HTML, no script link is published, and a second build, from seeds written in
// reverse order under another time zone and locale, gives byte-identical dist/ and reports/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { HtmlValidate } from 'html-validate';
import { join, relative, sep } from 'node:path';
import { ATTACKS, dec, HANG_MS, HOSTILE_FILE, hostileSeed, realSeeds, root, type SeedFile } from '../pipeline/hostile/support.ts';
import { launchBrowser, siteContext } from './browser/support/browser.ts';
import { startStaticServer } from './browser/support/server.ts';
import { comparisonPathsOf } from './browser/support/site.ts';

/** Generated or machine-local: never copied, so the copy builds from sources alone. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', '.scratch', 'generated', '.cache']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
function hashes(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

let project = '';
const GERMAN_KIRITIMATI = { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
const HELD_OUT = join(root, 'tests/fixtures/heldout');
const heldOut: SeedFile[] = readdirSync(HELD_OUT)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: `seeds/${f}`, bytes: readFileSync(join(HELD_OUT, f)) }));
const ndtv = dec(realSeeds.find((s) => s.file.includes('ndtv'))?.bytes ?? realSeeds[0]!.bytes);
/**
 * NDTV's text again, dated two days after the Moscow Times' copy and named so its id sorts first: the edits must
 * read from the earlier date to the later one, not in id order.
 */
const DATED = { file: 'seeds/a-later-daily-putin-hails-china.md', outlet: 'Later Daily', published: '2024-05-17' };
const datedSeed: SeedFile = {
  file: DATED.file,
  bytes: new TextEncoder().encode(`---\noutlet: ${DATED.outlet}\npublished: ${DATED.published}\n---\n${ndtv.replace(/^---\n[\s\S]*?\n---\n/, '')}`),
};
const seeds: SeedFile[] = [...realSeeds, hostileSeed(ndtv), datedSeed, ...heldOut];
let first: Map<string, string>;
let second: Map<string, string>;

/** Writes the seeds in the given order (a directory's listing order follows creation order on some file systems). */
function writeSeeds(order: SeedFile[]): void {
  rmSync(join(project, 'seeds'), { recursive: true, force: true });
  mkdirSync(join(project, 'seeds'));
  for (const s of order) writeFileSync(join(project, s.file), s.bytes);
}

/** `npm run build` and `npm run reports`, step by step, in the copy; returns the SHA-256 of every output file. */
function build(env: NodeJS.ProcessEnv): Map<string, string> {
  for (const dir of ['dist', 'reports', 'src/generated', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(project, dir), { recursive: true, force: true });
  const run = (cmd: string, args: string[]) => {
    const t = performance.now();
    execFileSync(cmd, args, { cwd: project, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    console.log(`[hostile] ${[cmd, ...args].join(' ')} (TZ=${env.TZ ?? process.env.TZ ?? 'unset'}): ${Math.round(performance.now() - t)} ms`);
  };
  const bin = (name: string) => join(project, 'node_modules/.bin', name);
  run(bin('tsx'), ['scripts/build-records.ts']);
  run(bin('astro'), ['build']);
  run(bin('tsx'), ['scripts/search-index.ts']);
  run(bin('tsx'), ['scripts/reports.ts']);
  const out = new Map<string, string>();
  for (const [f, h] of hashes(join(project, 'dist'))) out.set(`dist/${f}`, h);
  for (const [f, h] of hashes(join(project, 'reports'))) out.set(`reports/${f}`, h);
  return out;
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'wiretrace-hostile-'));
  cpSync(root, project, { recursive: true, filter: (src) => !NOT_COPIED.has(src.split(sep).pop()!) });
  // node_modules is shared through one link per package, so Astro's and Vite's caches land in the copy, not here.
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name));
  }
  writeSeeds(seeds);
  first = build({ TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
  writeSeeds([...seeds].reverse());
  second = build(GERMAN_KIRITIMATI);
}, HANG_MS);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the built site with a hostile seed', () => {
  it('shows the hostile seed’s text escaped on its pages', () => {
    const pages = files(join(project, 'dist')).filter((f) => f.endsWith('.html'));
    const withHostile = pages.filter((f) => readFileSync(join(project, 'dist', f), 'utf8').includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    expect(withHostile).toContain('articles/zz-hostile/index.html');
    const articlePage = readFileSync(join(project, 'dist/articles/zz-hostile/index.html'), 'utf8');
    for (const escaped of ['&lt;img src=x onerror=alert(1)&gt;', '&lt;/style&gt;&lt;style&gt;', '{{x}}', '${x}', '&lt;div onmouseover=']) expect(articlePage, escaped).toContain(escaped);
  });

  it('builds a page for every held-out capture, and every page is valid HTML', { timeout: HANG_MS }, async () => {
    const pages = files(join(project, 'dist')).filter((f) => f.endsWith('.html'));
    for (const s of heldOut) expect(pages).toContain(`articles/${s.file.slice('seeds/'.length, -'.txt'.length)}/index.html`);
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const f of pages) {
      const report = await validator.validateString(readFileSync(join(project, 'dist', f), 'utf8'), f);
      for (const r of report.results) for (const m of r.messages) problems.push(`${f} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no unescaped markup from seeds and no script link in any HTML file', () => {
    for (const f of files(join(project, 'dist')).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(project, 'dist', f), 'utf8');
      // A quoted attribute value (an outlet's name as a group's aria-label) is text, whatever it holds: markup is
      // looked for in what is left.
      const markup = html.replace(/(\s[a-z-]+)="[^"]*"/gi, '$1=""');
      expect(markup, f).not.toMatch(/<script>alert/i);
      expect(markup, f).not.toMatch(/<img[^>]*onerror/i);
      expect(markup, f).not.toMatch(/<div onmouseover/i);
      expect(markup, f).not.toMatch(/<\/style><style>body/i);
      expect(html, f).not.toMatch(/\shref\s*=\s*["']?\s*(?:javascript|data|vbscript):/i);
      // Escaped seed text still reads "onerror=alert(1)"; what must not exist is an event handler inside a real tag.
      expect(markup.match(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi) ?? [], f).toEqual([]);
    }
  });

  it('publishes the hostile text as JSON strings and no script link in any file', () => {
    const api = files(join(project, 'dist')).filter((f) => f.startsWith('api/') && f.endsWith('.json'));
    expect(api.length).toBeGreaterThan(0);
    const stories = (JSON.parse(readFileSync(join(project, 'dist/api/index.json'), 'utf8')) as { stories: { id: string }[] }).stories;
    const articles = {
      articles: stories.flatMap(
        (s) => (JSON.parse(readFileSync(join(project, `dist/api/stories/${s.id}.json`), 'utf8')) as { articles: { id: string; blocks: { text: string; links: { url: string }[] }[] }[] }).articles,
      ),
    };
    const hostile = articles.articles.find((a) => a.id === 'zz-hostile')!;
    expect(hostile.blocks.map((b) => b.text).join('\n')).toContain(ATTACKS.script);
    for (const f of api) JSON.parse(readFileSync(join(project, 'dist', f), 'utf8'));
    for (const f of files(join(project, 'dist')).filter((x) => /\.(html|json|diff|js|css|xml|txt)$/.test(x))) {
      expect(readFileSync(join(project, 'dist', f), 'utf8'), f).not.toMatch(/"(?:url|href)"\s*:\s*"\s*(?:javascript|data):/i);
    }
  });

  it('builds the same bytes twice: seeds written in reverse order, another time zone and locale', () => {
    expect(first.size).toBeGreaterThan(20);
    expect([...first.keys()].some((f) => f.startsWith('reports/'))).toBe(true);
    expect([...first.keys()].some((f) => f.startsWith('dist/pagefind/'))).toBe(true);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([f, h]) => second.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
  });

  it('ran the second build where time zone and locale really differ', () => {
    // Node's ICU reads LANG/LC_ALL itself, so this holds even where the system has no German locale installed.
    const seen = execFileSync(process.execPath, ['-e', "console.log(Intl.DateTimeFormat().resolvedOptions().locale, new Date('2024-06-01T00:00:00Z').getHours())"], {
      env: { ...process.env, ...GERMAN_KIRITIMATI },
    }).toString();
    expect(seen.trim()).toBe('de-DE 14');
  });

  it('has one page per compared pair, reading edits from the older to the later one whatever the ids (browser)', async () => {
    const later = DATED.file.slice('seeds/'.length, -'.md'.length);
    const pathOf = comparisonPathsOf(join(project, 'dist'));
    const server = await startStaticServer(join(project, 'dist'));
    const browser = await launchBrowser();
    try {
      const context = await siteContext(browser, server.origin);
      // The later article's id sorts first; the pair still has one page, whichever way round it is asked for.
      expect(pathOf(later, '2024-05-15-moscow-times')).toBe(pathOf('2024-05-15-moscow-times', later));
      for (const path of [`/compare/${later}/2024-05-15-moscow-times/`, `/compare/2024-05-15-moscow-times/${later}/`].filter((p) => p !== pathOf(later, '2024-05-15-moscow-times'))) {
        expect((await (await context.newPage()).goto(server.origin + path))?.status(), path).toBe(404);
      }
      for (const path of [pathOf(later, '2024-05-15-moscow-times')]) {
        const page = await context.newPage();
        expect((await page.goto(server.origin + path))?.status(), path).toBe(200);
        const summary = page.locator('.summary');
        await expect(summary.getByRole('heading', { name: 'What the editors changed' }).count(), path).resolves.toBe(1);
        await expect(summary.locator('.lede').innerText(), path).resolves.toMatch(/The Moscow Times published it first \(15 May 2024\), Later Daily on 17 May 2024/);
        const table = summary.locator('.edit-table').first();
        expect(await table.locator('thead th').allInnerTexts(), path).toEqual(['The Moscow Times had', 'Later Daily has', 'Row']);
        const war = table.locator('tbody tr', { has: page.locator('del', { hasText: /^war$/ }) });
        await expect(war.locator('ins').innerText(), path).resolves.toBe('crisis');
        await page.close();
      }
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('numbers every row with a link to itself, and links each moved paragraph and its marker both ways (browser)', async () => {
    const stories = (JSON.parse(readFileSync(join(project, 'dist/api/index.json'), 'utf8')) as { stories: { id: string }[] }).stories;
    const withMoves = stories
      .flatMap((s) => (JSON.parse(readFileSync(join(project, `dist/api/stories/${s.id}.json`), 'utf8')) as { comparisons: { a: string; b: string; rows: { kind: string }[] }[] }).comparisons)
      .find((c) => c.rows.some((r) => r.kind === 'moved'))!;
    const server = await startStaticServer(join(project, 'dist'));
    const browser = await launchBrowser();
    const page = await (await siteContext(browser, server.origin)).newPage();
    try {
      expect((await page.goto(server.origin + comparisonPathsOf(join(project, 'dist'))(withMoves.a, withMoves.b)))?.status()).toBe(200);
      const state = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('.rows > li')];
        const self = rows.filter((li) => li.id && li.querySelector(`a.permalink[href="#${li.id}"]`)).length;
        const moved = [...document.querySelectorAll('.rows > li.row--moved')].map((li) => {
          const there = li.querySelector<HTMLAnchorElement>('a.moved-link')?.getAttribute('href') ?? '';
          const marker = there ? document.getElementById(there.slice(1)) : null;
          const back = marker?.querySelector(`a[href="#${li.id}"]`);
          return { row: li.id, marker: there, markerFound: !!marker, back: !!back, backText: back?.textContent ?? '' };
        });
        return { rows: rows.length, self, moved };
      });
      expect(state.self).toBe(state.rows);
      expect(state.moved.length).toBeGreaterThan(0);
      for (const m of state.moved) {
        expect(m.markerFound, `${m.row} links to ${m.marker}, which does not exist`).toBe(true);
        expect(m.back, `${m.marker} does not link back to ${m.row}`).toBe(true);
        expect(m.backText).toBe(m.row.replace('row-', ''));
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });


  it('built from the copy, never from the checkout', () => {
    expect(readdirSync(join(root, 'seeds'))).not.toContain(HOSTILE_FILE.split('/').pop());
  });
});
