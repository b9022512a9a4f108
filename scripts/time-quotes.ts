// Times the quotations stage (extraction, attribution, reported speech, grouping) on the seeds and on the real-news dev
// set, a few runs each, to check that attribution rules keep the build fast. `npx tsx scripts/time-quotes.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildQuoteIndex } from '../src/lib/quotes/index.ts';
import { buildArticles, loadSeeds } from '../src/lib/seeds/loadSeeds.ts';
import type { Article } from '../src/lib/records/article.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;
function time(name: string, articles: Article[]): void {
  buildQuoteIndex(articles, () => 'all');
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    buildQuoteIndex(articles, (id) => id);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${name}: ${articles.length} articles, median ${ms[RUNS >> 1]!.toFixed(1)} ms of ${RUNS} runs`);
}
time('seeds', loadSeeds(root, 'seeds').articles);
const dir = join(root, 'tests/fixtures/wikinews-quotes/articles');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ file: `seeds/${f}`, bytes: readFileSync(join(dir, f)) }));
const wiki = buildArticles(files).articles;
time('wikinews', wiki);
time('wikinews x4', [0, 1, 2, 3].flatMap((n) => wiki.map((a) => ({ ...a, id: `${a.id}-${n}` }))));
