// npm run bench [-- 600 5000]: the whole `npm run build` (records, Astro, Pagefind) and `npm run reports`, stage by
// stage with each stage's peak memory, on the seeds and on corpora of real news text (bench-data/wikinews, generated
// with every pathology of real coverage by scripts/bench/realCorpus.ts), in a throwaway copy of the project. Reports
// the budgets of the README: time, memory, dist/ size against the input, the largest page and file, reports/ size,
// and the story model against the generator's truth.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus, readWikinews, storyAccuracy, type Capture } from './bench/realCorpus.ts';
import { copyProject, runStage, sizesOf } from './bench/project.ts';
import { quoteGroupingCases } from './bench/quoteGrouping.ts';
import { buildArticles } from '../src/lib/seeds/loadSeeds.ts';
import { RecordsSchema } from '../src/lib/records/article.ts';

const root = process.cwd();
const sizes = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const corpora: { name: string; captures: Capture[] | null }[] = [
  { name: 'seeds', captures: null },
  ...(sizes.length ? sizes : [600, 5000]).map((n) => ({ name: `real text, ${n}`, captures: generateCorpus(readWikinews(root), n) })),
];

/** Budgets from the README (issue: real coverage at real size). */
const BUDGET = { pageGzip: 100_000, distRatio: 20, fileBytes: 10_000_000, reportsBytes: 5_000_000, reportFileBytes: 200_000 };

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const seconds = (s: number) => s.toFixed(1);

function largestPageGzip(dist: string): { path: string; bytes: number } {
  let best = { path: '', bytes: 0 };
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const path = join(e.parentPath, e.name);
    const bytes = gzipSync(readFileSync(path)).length;
    if (bytes > best.bytes) best = { path: path.slice(dist.length + 1), bytes };
  }
  return best;
}

function inputBytes(dir: string): number {
  return readdirSync(join(dir, 'seeds')).reduce((t, f) => t + statSync(join(dir, 'seeds', f)).size, 0);
}

/** Parsing a capture of 300 and more short lines (a transcript) in one process: the per-page cost of the seeds stage. */
function transcriptParse(captures: Capture[]): { lines: number; ms: number } | null {
  const transcript = captures.find((c) => c.kind === 'transcript');
  if (!transcript) return null;
  const file = { file: `seeds/${transcript.file}.txt`, bytes: new TextEncoder().encode(transcript.text) };
  buildArticles([file]);
  const runs = 5;
  const t = performance.now();
  for (let i = 0; i < runs; i++) buildArticles([file]);
  return { lines: transcript.text.split('\n').length, ms: (performance.now() - t) / runs };
}

for (const corpus of corpora) {
  const seeds = corpus.captures ?? readdirSync(join(root, 'seeds')).map((f) => ({ file: f.replace(/\.(md|markdown|txt)$/, ''), text: readFileSync(join(root, 'seeds', f), 'utf8'), ext: f.slice(f.lastIndexOf('.')) }));
  const dir = copyProject(root, seeds.map((s) => ({ file: s.file, text: s.text })));
  try {
    const bin = (name: string) => join(dir, 'node_modules/.bin', name);
    const env = { WIRETRACE_NO_CACHE: '1' };
    const records = runStage(dir, bin('tsx'), ['scripts/build-records.ts'], env);
    const stages = /parsing (\d+) ms, comparing (\d+) ms, quotations (\d+) ms/.exec(records.output);
    const astro = runStage(dir, bin('astro'), ['build']);
    const pagefind = runStage(dir, bin('tsx'), ['scripts/search-index.ts']);
    const reports = runStage(dir, bin('tsx'), ['scripts/reports.ts']);
    const cached = runStage(dir, bin('tsx'), ['scripts/build-records.ts']);
    const again = runStage(dir, bin('tsx'), ['scripts/build-records.ts']);
    const dist = sizesOf(join(dir, 'dist'));
    const reportSizes = sizesOf(join(dir, 'reports'));
    const input = inputBytes(dir);
    const page = largestPageGzip(join(dir, 'dist'));
    const data = RecordsSchema.parse(JSON.parse(readFileSync(join(dir, 'src/generated/records.json'), 'utf8')));
    const largestStory = Math.max(...data.stories.map((s) => s.articles.length));
    const total = records.seconds + astro.seconds + pagefind.seconds;
    console.log(`\n## ${corpus.name}: ${seeds.length} captures, ${mib(input)} MiB of text`);
    console.log(`records ${seconds(records.seconds)} s (parsing ${stages?.[1]} ms, comparing ${stages?.[2]} ms, quotations ${stages?.[3]} ms), peak ${records.peakMiB.toFixed(0)} MiB`);
    console.log(`astro build ${seconds(astro.seconds)} s, peak ${astro.peakMiB.toFixed(0)} MiB; pagefind ${seconds(pagefind.seconds)} s`);
    console.log(`whole build ${seconds(total)} s, peak ${Math.max(records.peakMiB, astro.peakMiB).toFixed(0)} MiB; reports ${seconds(reports.seconds)} s`);
    console.log(`records again, every article from the cache ${seconds(cached.seconds)} s (first write) / ${seconds(again.seconds)} s`);
    console.log(`dist ${mib(dist.total)} MiB in ${dist.files} files = ${(dist.total / input).toFixed(1)}× the input (budget ${BUDGET.distRatio}×); largest file ${dist.largest.path} ${mib(dist.largest.bytes)} MiB (budget ${mib(BUDGET.fileBytes)})`);
    console.log(`largest page ${page.path}: ${(page.bytes / 1000).toFixed(1)} kB gzipped (budget ${BUDGET.pageGzip / 1000} kB)`);
    console.log(`reports ${mib(reportSizes.total)} MiB in ${reportSizes.files} files (budget ${mib(BUDGET.reportsBytes)}); largest ${reportSizes.largest.path} ${(reportSizes.largest.bytes / 1000).toFixed(0)} kB (budget ${BUDGET.reportFileBytes / 1000} kB)`);
    console.log(`${data.stories.length} stories, the largest ${largestStory} articles; ${data.comparisons.length} comparisons`);
    if (corpus.captures) {
      const truth = new Map(corpus.captures.map((c) => [c.file, c.truth]));
      const found = new Map(data.stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
      const acc = storyAccuracy(truth, found);
      console.log(`story model: ${acc.merged} pairs wrongly merged of ${acc.pairs} found together, ${acc.split} pairs wrongly split of ${acc.truePairs} truly together`);
      const parse = transcriptParse(corpus.captures);
      if (parse) console.log(`a ${parse.lines}-line page (transcript) parsed and classified in ${parse.ms.toFixed(0)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\n## one speaker quoted thousands of times in one story: the quotation stage');
for (const c of quoteGroupingCases()) console.log(`${c.name}: ${c.remarks} remarks, ${c.groups} groups, ${seconds(c.seconds)} s`);
