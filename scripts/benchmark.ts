// Times the comparison engine (clustering, alignment, diffing, whole build) on the seeds and on synthetic corpora
// of 50, 500 and 5,000 articles made by mutating them, against the naive whole-text diffWords of every pair.
// Run: npx tsx scripts/benchmark.ts   (each size runs in its own process so peak memory is its own)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { loadSeeds } from '../src/lib/seeds/loadSeeds.ts';
import type { Article, Block } from '../src/lib/records/article.ts';
import { groupStories } from '../src/lib/stories/groupStories.ts';
import { alignBlocks } from '../src/lib/compare/alignBlocks.ts';
import { diffTokens } from '../src/lib/text/wordDiff.ts';
import { compareStories } from '../src/lib/pipeline.ts';
import { relateStories } from '../src/lib/stories/relateStories.ts';
import { countWords } from '../src/lib/text/tokens.ts';

const SIZES = [50, 500, 5000];
/** Versions per synthetic story: a base report and this many mutated republications of it. */
const STORY_SIZE = 10;
/** Whole-text pairs the naive method diffs before its total is extrapolated from their mean. */
const NAIVE_SAMPLE = 40;

/** mulberry32: a seeded generator, so every run builds the same corpus. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYNONYMS = ['crisis', 'conflict', 'assault', 'campaign', 'leader', 'official', 'talks', 'summit', 'reportedly', 'notably'];
const BOILERPLATE = [
  'Follow us on WhatsApp for the latest news from around the world.',
  'This story has been published from a syndicated wire feed without edits.',
  'Sign up for our morning newsletter to get the day’s top stories.',
];

function block(kind: Block['kind'], text: string, i: number): Block {
  return { id: `b-${i.toString(16).padStart(6, '0')}`, kind, reason: 'synthetic', text, sentences: [text], links: [], line: i + 1, lines: [i + 1], words: countWords(text) };
}

function article(id: string, paras: { kind: Block['kind']; text: string }[]): Article {
  const blocks = paras.map((p, i) => block(p.kind, p.text, i + 1));
  const bodyWords = blocks.filter((b) => b.kind === 'body').reduce((t, b) => t + b.words, 0);
  return { id, outlet: null, headline: null, url: null, published: null, agency: null, author: null, dateline: null, language: 'en', source: `synthetic/${id}`, metadataSource: {}, storyPin: null, words: bodyWords, bodyWords, blocks };
}

/** A distinct story: every longer word of a seed gets a story-specific ending, so two stories share no 5-word run. */
function respell(text: string, story: number): string {
  const tag = story.toString(36);
  return text.replace(/\p{L}{4,}/gu, (w) => `${w}${tag}`);
}

function synthetic(seeds: Article[], size: number): Article[] {
  const rnd = prng(size);
  const out: Article[] = [];
  for (let story = 0; out.length < size; story++) {
    const seed = seeds[story % seeds.length]!;
    const base = seed.blocks.map((b) => ({ kind: b.kind, text: respell(b.text, story) }));
    for (let v = 0; v < STORY_SIZE && out.length < size; v++) {
      let paras = base.map((p) => ({ ...p }));
      if (v > 0) {
        // Reword: swap a few words per body paragraph.
        for (const p of paras)
          if (p.kind === 'body' && rnd() < 0.4)
            p.text = p.text.replace(/\b\p{L}{5,}\b/u, () => SYNONYMS[Math.floor(rnd() * SYNONYMS.length)]!);
        // Drop paragraphs.
        paras = paras.filter((p) => p.kind !== 'body' || rnd() > 0.15);
        // Move one paragraph.
        if (paras.length > 3 && rnd() < 0.6) {
          const [moved] = paras.splice(Math.floor(rnd() * paras.length), 1);
          paras.splice(Math.floor(rnd() * paras.length), 0, moved!);
        }
        // Split one paragraph at a sentence end.
        const k = paras.findIndex((p) => p.kind === 'body' && /\. \p{Lu}/u.test(p.text));
        if (k >= 0 && rnd() < 0.3) {
          const at = paras[k]!.text.search(/\. \p{Lu}/u) + 1;
          paras.splice(k, 1, { kind: 'body', text: paras[k]!.text.slice(0, at) }, { kind: 'body', text: paras[k]!.text.slice(at + 1) });
        }
        // Boilerplate: some as marked blocks, one as a stray body line the classifier missed.
        paras.push({ kind: 'boilerplate', text: BOILERPLATE[v % BOILERPLATE.length]! });
        if (rnd() < 0.5) paras.push({ kind: 'body', text: BOILERPLATE[(v + 1) % BOILERPLATE.length]! });
      }
      out.push(article(`s${story}-v${v}`, paras));
    }
  }
  return out;
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, (performance.now() - t) / 1000];
}

function measure(articles: Article[], label: string) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const [stories, cluster] = time(() => groupStories(articles));
  const links = stories.flatMap((s) => s.links);
  const [aligned, align] = time(() => links.map((l) => [l, alignBlocks(byId.get(l.a)!.blocks, byId.get(l.b)!.blocks)] as const));
  const [, diff] = time(() => {
    for (const [l, rows] of aligned)
      for (const r of rows)
        if (r.a.length && r.b.length)
          diffTokens(
            r.a.map((i) => byId.get(l.a)!.blocks[i]!.text).join('\n'),
            r.b.map((j) => byId.get(l.b)!.blocks[j]!.text).join('\n'),
          );
  });
  const [, events] = time(() => relateStories(stories, articles));
  const [, total] = time(() => compareStories(articles));
  // Naive: whole-text word diff of every pair; beyond the sample, extrapolated from the mean.
  const n = articles.length;
  const pairs = (n * (n - 1)) / 2;
  const texts = articles.map((a) => a.blocks.map((b) => b.text).join('\n'));
  let done = 0;
  const [, naiveSample] = time(() => {
    for (let i = 0; i < n && done < NAIVE_SAMPLE; i++)
      for (let j = i + 1; j < n && done < NAIVE_SAMPLE; j++, done++) diffWords(texts[i]!, texts[j]!);
  });
  const naive = (naiveSample / done) * pairs;
  const mem = process.memoryUsage();
  return {
    label,
    articles: n,
    stories: stories.length,
    links: links.length,
    cluster,
    align,
    diff,
    events,
    total,
    naive,
    naiveEstimated: done < pairs,
    heapMiB: mem.heapUsed / 2 ** 20,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

const args = process.argv.slice(2);
if (args[0] === '--size') {
  const { articles: seeds } = loadSeeds(process.cwd());
  const size = Number(args[1]);
  const corpus = size === 0 ? seeds : synthetic(seeds, size);
  console.log(JSON.stringify(measure(corpus, size === 0 ? 'seeds' : `synthetic ${size}`)));
} else {
  const self = fileURLToPath(import.meta.url);
  const results = [0, ...SIZES].map((size) =>
    JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, '--size', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').pop()!),
  ) as ReturnType<typeof measure>[];
  const s = (x: number) => x.toFixed(x < 10 ? 2 : 1);
  console.log('| corpus | articles | stories | links | clustering s | alignment s | diffing s | same event s | full build s | peak RSS MiB | naive diffWords s |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results)
    console.log(
      `| ${r.label} | ${r.articles} | ${r.stories} | ${r.links} | ${s(r.cluster)} | ${s(r.align)} | ${s(r.diff)} | ${s(r.events)} | ${s(r.total)} | ${r.maxRssMiB.toFixed(0)} | ${s(r.naive)}${r.naiveEstimated ? ' (est.)' : ''} |`,
    );
  const [r500, r5000] = [results.find((r) => r.articles === 500)!, results.find((r) => r.articles === 5000)!];
  console.log(`\n5,000 / 500 full-build time ratio: ${(r5000.total / r500.total).toFixed(1)}× (target ≤ 15×); 5,000 articles: ${s(r5000.total)} s (target < 60 s), peak RSS ${r5000.maxRssMiB.toFixed(0)} MiB (target < 2048).`);
}
