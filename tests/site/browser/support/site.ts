import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparisonPages } from '../../../../src/lib/present/comparisonPages.ts';
import type { Comparison, Story } from '../../../../src/lib/records/comparison.ts';

/** The built site: every browser test reads what `npm run build` wrote, never the sources. */
export const DIST = fileURLToPath(new URL('../../../../dist/', import.meta.url));

/** An HTML file in dist/ and the URL path a static host serves it under. */
export interface SitePage {
  file: string;
  path: string;
}

/** Throws the message a developer needs when the suite runs before a build. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`dist/ is missing or has no index.html (looked in ${DIST}): run npm run build first`);
  }
}

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.html')) found.push(full);
  }
  return found;
}

/** The URL path for a file in dist/: directory indexes keep the trailing slash the site links with. */
export function urlPathFor(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every HTML file in dist/, in code-unit order of URL path, so runs and reports are stable. */
export function listPages(): SitePage[] {
  requireDist();
  return htmlFiles(DIST)
    .map((file) => ({ file, path: urlPathFor(file) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The dist/ file a URL path resolves to the way a static host resolves it: a path ending in "/" serves that
 * directory's index.html. A directory named without its trailing slash does not resolve (the site is built with
 * trailingSlash: 'always', so such a link would depend on a redirect). Null when nothing in dist/ matches.
 */
export function distFileFor(urlPath: string, dist = DIST): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const root = dist.endsWith(sep) ? dist : `${dist}${sep}`;
  const target = resolve(root, `.${decoded}`);
  if (target !== root.slice(0, -1) && !target.startsWith(root)) return null;
  const candidate = decoded.endsWith('/') ? join(target, 'index.html') : target;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

/** True when the path names a directory in dist/ but lacks the trailing slash. */
export function isDirectoryWithoutSlash(urlPath: string, dist = DIST): boolean {
  if (urlPath.endsWith('/')) return false;
  const target = distFileFor(`${urlPath}/`, dist);
  return target !== null;
}

/** Pages the expensive browser checks run on when the site has more than this many; cheap checks read every page. */
const BROWSER_SAMPLE = 24;

/** The route a page was made from: its first path segment and its depth (`/articles/x/` and `/articles/y/` share one). */
export function routeTemplate(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return `${parts[0] ?? ''}/${parts.length}${path.endsWith('/') ? '/' : ''}`;
}

/**
 * One page of every route template, then pages spread evenly over the rest, up to BROWSER_SAMPLE in all: what axe,
 * keyboard, phone-width and JavaScript-off checks visit. Deterministic, so a failure names the same page every run.
 */
export function samplePages(pages: SitePage[] = listPages()): SitePage[] {
  const chosen = new Map<string, SitePage>();
  for (const p of pages) if (![...chosen.values()].some((c) => routeTemplate(c.path) === routeTemplate(p.path))) chosen.set(p.path, p);
  const rest = pages.filter((p) => !chosen.has(p.path));
  const room = Math.max(0, BROWSER_SAMPLE - chosen.size);
  for (let i = 0; i < room && i < rest.length; i++) {
    const p = rest[Math.floor((i * rest.length) / Math.min(room, rest.length))]!;
    chosen.set(p.path, p);
  }
  return pages.filter((p) => chosen.has(p.path));
}

/**
 * Where the built site shows the comparison of two articles (the site's own rule, applied to what the API
 * published): a version's article page for it and its parent, else its comparison page.
 */
export function comparisonPathsOf(dist: string): (x: string, y: string) => string {
  const read = <T,>(name: string): T => JSON.parse(readFileSync(join(dist, 'api', `${name}.json`), 'utf8')) as T;
  const docs = read<{ stories: { id: string }[] }>('index').stories.map((s) => read<{ story: Story; comparisons?: Comparison[] }>(`stories/${s.id}`));
  const pages = comparisonPages(
    docs.map((d) => d.story),
    docs.flatMap((d) => d.comparisons ?? []),
  );
  return (x, y) => `/${pages.path(x, y)}`;
}
