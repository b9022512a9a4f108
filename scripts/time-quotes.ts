// Times the quotations stage (extraction, attribution, reported speech, grouping) on the seeds and on the real-news dev
// set, after a warm-up run, to check that attribution rules keep the build fast. `npx tsx scripts/time-quotes.ts`.
// The machine is shared: compare runs made one after the other, more than once.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildQuoteIndex } from '../src/lib/quotes/index.ts';
import { buildArticles, loadSeeds } from '../src/lib/seeds/loadSeeds.ts';
import type { Article } from '../src/lib/records/article.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
function time(name: string, articles: Article[], runs: number): void {
  buildQuoteIndex(articles, (id) => id);
  const t = performance.now();
  for (let i = 0; i < runs; i++) buildQuoteIndex(articles, (id) => id);
  console.log(`${name}: ${articles.length} articles, ${((performance.now() - t) / runs).toFixed(0)} ms a run (mean of ${runs})`);
}
const dir = join(root, 'tests/fixtures/wikinews-quotes/articles');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ file: `seeds/${f}`, bytes: readFileSync(join(dir, f)) }));
time('seeds', loadSeeds(root, 'seeds').articles, 20);
time('wikinews', buildArticles(files).articles, 6);
