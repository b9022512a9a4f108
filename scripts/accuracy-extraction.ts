// Measures the article text Wiretrace keeps on real pages, the way extraction benchmarks do: token-level precision,
// recall and F1 of the lines classified `body` against the gold article lines, per page and over all pages, beside
// the figure for keeping every line; the headline; and the trafilatura-style check that passages the gold text has
// ("with") are kept and passages it lacks ("without") are not.
//
//   npm run accuracy:extraction                 the committed dev set, tests/fixtures/extraction/
//   npm run accuracy:extraction -- DIR [DIR…]   other sets laid out the same way (pages/*.txt and labels.json)
//
// Tokens are the words of `words()` (src/lib/text/tokens.ts: Intl.Segmenter word segments, hyphenated words one
// token), counted per line of the capture file, so the product and the gold text are counted the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildArticles } from '../src/lib/seeds/loadSeeds.ts';
import { classifyLines } from '../src/lib/seeds/classifyBlocks.ts';
import { markdownLines } from '../src/lib/seeds/markdownLines.ts';
import { rejoinBrokenLines } from '../src/lib/seeds/rejoinBrokenLines.ts';
import { words } from '../src/lib/text/tokens.ts';
import type { Article } from '../src/lib/records/article.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_SET = join(root, 'tests/fixtures/extraction');
/** Forty pages of other outlets from the same evaluation data, labelled blind in the ninth session after the rules. */
export const FRESH_SET = join(root, 'tests/fixtures/extraction-2');

/** One page's gold labels: the lines of the article text (1-based, inclusive ranges) and its headline line. */
export interface PageLabel {
  body: [number, number][];
  headline: number | null;
  with: string[];
  without: string[];
}

/** What the product calls the article's text: its paragraphs, and with them the subheads and standfirst the gold text counts. */
const BODY_KINDS = new Set(['body']);
const TEXT_KINDS = new Set(['body', 'subhead', 'standfirst']);

export interface PageScore {
  page: string;
  /** Tokens on the whole page, in the gold article text, on the lines kept as body, and on both. */
  tokens: number;
  gold: number;
  kept: number;
  overlap: number;
  precision: number;
  recall: number;
  f1: number;
  /** The same three for keeping every line. */
  everything: { precision: number; recall: number; f1: number };
  /** Tokens kept, and kept in the gold text, counting subheads and standfirsts as article text too. */
  text: { kept: number; overlap: number };
  headline: { gold: string | null; found: string | null; correct: boolean } | null;
  withKept: number;
  withTotal: number;
  withoutDropped: number;
  withoutTotal: number;
}

export interface SetScore {
  pages: PageScore[];
  /** Over all tokens of all pages (micro average), as benchmarks report it. */
  precision: number;
  recall: number;
  f1: number;
  everything: { precision: number; recall: number; f1: number };
  text: { precision: number; recall: number; f1: number };
  /** Mean of the per-page F1 (macro average). */
  meanPageF1: number;
  headlines: { labelled: number; correct: number };
  segments: { withKept: number; withTotal: number; withoutDropped: number; withoutTotal: number };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (n: number, d: number) => (d ? n / d : 1);
/** Passages and headlines compare on their words, lower case, so spacing and punctuation do not matter. */
const key = (s: string) => words(s.toLowerCase()).join(' ');

/** Reads a set's labels, whichever of the shapes the labelling tool writes: `{pages: {file: …}}`, `{file: …}` or a list. */
export function readLabels(dir: string): Map<string, PageLabel> {
  const raw = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as unknown;
  const container = (raw as { pages?: unknown }).pages ?? raw;
  const entries: [string, Record<string, unknown>][] = Array.isArray(container)
    ? (container as Record<string, unknown>[]).map((e) => [String(e.file ?? e.page ?? e.name), e])
    : Object.entries(container as Record<string, Record<string, unknown>>);
  const out = new Map<string, PageLabel>();
  for (const [name, e] of entries) {
    if (typeof e !== 'object' || e === null || !('body' in e)) continue;
    const file = name.endsWith('.txt') ? name.split('/').pop()! : `${name}.txt`;
    const ranges = (e.body as unknown[]).map((r) => (Array.isArray(r) ? [Number(r[0]), Number(r[1] ?? r[0])] : [Number(r), Number(r)]));
    out.set(file, {
      body: ranges as [number, number][],
      headline: typeof e.headline === 'number' ? e.headline : null,
      with: (e.with as string[] | undefined) ?? [],
      without: (e.without as string[] | undefined) ?? [],
    });
  }
  return out;
}

/** Scores one set of pages: every page is built as a plain-text seed, all of them together as one seeds folder. */
export function measureExtraction(dir: string): SetScore {
  const labels = readLabels(dir);
  const names = readdirSync(join(dir, 'pages'))
    .filter((n) => n.endsWith('.txt') && labels.has(n))
    .sort();
  const texts = new Map(names.map((n) => [n, readFileSync(join(dir, 'pages', n), 'utf8')]));
  const { articles } = buildArticles(names.map((n) => ({ file: `seeds/${n}`, bytes: new TextEncoder().encode(texts.get(n)!) })));
  const bySource = new Map(articles.map((a) => [a.source.slice('seeds/'.length), a]));
  const pages = names.map((n) => scorePage(n, texts.get(n)!, labels.get(n)!, bySource.get(n)!));
  const sum = (f: (p: PageScore) => number) => pages.reduce((s, p) => s + f(p), 0);
  const gold = sum((p) => p.gold);
  const kept = sum((p) => p.kept);
  const overlap = sum((p) => p.overlap);
  const all = sum((p) => p.tokens);
  const precision = ratio(overlap, kept);
  const recall = ratio(overlap, gold);
  const headlined = pages.filter((p) => p.headline !== null);
  const textP = ratio(sum((p) => p.text.overlap), sum((p) => p.text.kept));
  const textR = ratio(sum((p) => p.text.overlap), gold);
  return {
    pages,
    precision,
    recall,
    f1: f1(precision, recall),
    everything: { precision: ratio(gold, all), recall: 1, f1: f1(ratio(gold, all), 1) },
    text: { precision: textP, recall: textR, f1: f1(textP, textR) },
    meanPageF1: ratio(sum((p) => p.f1), pages.length),
    headlines: { labelled: headlined.length, correct: headlined.filter((p) => p.headline!.correct).length },
    segments: {
      withKept: sum((p) => p.withKept),
      withTotal: sum((p) => p.withTotal),
      withoutDropped: sum((p) => p.withoutDropped),
      withoutTotal: sum((p) => p.withoutTotal),
    },
  };
}

function scorePage(page: string, capture: string, label: PageLabel, article: Article): PageScore {
  const lines = capture.replace(/\r\n?/g, '\n').split('\n');
  const tokens = lines.map((l) => words(l).length);
  const goldLines = new Set<number>();
  for (const [from, to] of label.body) for (let n = from; n <= to; n++) goldLines.add(n);
  const linesOf = (kinds: Set<string>) => new Set(article.blocks.filter((b) => kinds.has(b.kind)).flatMap((b) => b.lines));
  const bodyLines = linesOf(BODY_KINDS);
  const textLines = linesOf(TEXT_KINDS);
  let gold = 0;
  let kept = 0;
  let overlap = 0;
  let all = 0;
  const text = { kept: 0, overlap: 0 };
  tokens.forEach((t, i) => {
    const n = i + 1;
    all += t;
    if (goldLines.has(n)) gold += t;
    if (bodyLines.has(n)) kept += t;
    if (goldLines.has(n) && bodyLines.has(n)) overlap += t;
    if (textLines.has(n)) text.kept += t;
    if (goldLines.has(n) && textLines.has(n)) text.overlap += t;
  });
  const precision = ratio(overlap, kept);
  const recall = ratio(overlap, gold);
  const everythingP = ratio(gold, all);
  const bodyText = ` ${key(article.blocks.filter((b) => b.kind === 'body').map((b) => b.text).join('\n'))} `;
  const has = (s: string) => key(s) !== '' && bodyText.includes(` ${key(s)} `);
  const goldHeadline = label.headline === null ? null : (lines[label.headline - 1] ?? '').trim();
  return {
    page,
    tokens: all,
    gold,
    kept,
    overlap,
    precision,
    recall,
    f1: f1(precision, recall),
    everything: { precision: everythingP, recall: 1, f1: f1(everythingP, 1) },
    text,
    headline:
      goldHeadline === null
        ? null
        : { gold: goldHeadline, found: article.headline, correct: article.headline !== null && key(article.headline) === key(goldHeadline) },
    withKept: label.with.filter(has).length,
    withTotal: label.with.length,
    withoutDropped: label.without.filter((s) => !has(s)).length,
    withoutTotal: label.without.length,
  };
}

function report(name: string, s: SetScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const out: string[] = [];
  out.push(`${name}: ${s.pages.length} pages`);
  out.push('');
  out.push('| body tokens | precision | recall | F1 |');
  out.push('|---|---:|---:|---:|');
  out.push(`| keep every line | ${pct(s.everything.precision)} | ${pct(s.everything.recall)} | ${pct(s.everything.f1)} |`);
  out.push(`| Wiretrace: lines called body | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`);
  out.push(`| Wiretrace: body, subheads and standfirst | ${pct(s.text.precision)} | ${pct(s.text.recall)} | ${pct(s.text.f1)} |`);
  out.push('');
  out.push(`mean F1 per page           ${pct(s.meanPageF1)}`);
  out.push(`headline                   ${pct(ratio(s.headlines.correct, s.headlines.labelled))} (${s.headlines.correct}/${s.headlines.labelled})`);
  out.push(`"with" passages kept       ${pct(ratio(s.segments.withKept, s.segments.withTotal))} (${s.segments.withKept}/${s.segments.withTotal})`);
  out.push(`"without" passages dropped ${pct(ratio(s.segments.withoutDropped, s.segments.withoutTotal))} (${s.segments.withoutDropped}/${s.segments.withoutTotal})`);
  const lost = s.pages.filter((p) => p.recall < 0.5);
  out.push(`pages losing over half their gold text: ${lost.length}${lost.length ? ` (${lost.map((p) => p.page).join(', ')})` : ''}`);
  const worst = s.pages.filter((p) => p.gold > 0).reduce<PageScore | null>((w, p) => (!w || p.recall < w.recall ? p : w), null);
  if (worst) out.push(`lowest recall on a page       ${pct(worst.recall)} (${worst.page})`);
  out.push('');
  out.push('Per page, worst F1 first (gold and kept tokens; precision, recall, F1; headline):');
  for (const p of [...s.pages].sort((a, b) => a.f1 - b.f1 || (a.page < b.page ? -1 : 1))) {
    const h = p.headline === null ? '' : p.headline.correct ? '  headline ok' : `  headline “${p.headline.found ?? '(none)'}”`;
    out.push(`  ${p.page.padEnd(48)} ${String(p.gold).padStart(6)} ${String(p.kept).padStart(6)}  ${pct(p.precision).padStart(6)} ${pct(p.recall).padStart(6)} ${pct(p.f1).padStart(6)}${h}`);
  }
  return out.join('\n');
}

/** Lines of the page the speed budget is stated for: classifying a page this long takes under 100 ms. */
const BUDGET_LINES = 300;
const TIMING_RUNS = 5;

/**
 * Milliseconds to classify one page of BUDGET_LINES non-blank lines (classifyLines, after its lines are read), and to
 * build it whole (Markdown parse, rejoining, classification, sentences), cut from the start of every page that long:
 * the median of a few warm runs, on the slowest page.
 */
export function timeClassification(dir: string): { pages: number; classify: number; build: number; page: string | null } {
  const result = { pages: 0, classify: 0, build: 0, page: null as string | null };
  const median = (f: () => void) => {
    const runs: number[] = [];
    for (let k = 0; k <= TIMING_RUNS; k++) {
      const t = performance.now();
      f();
      if (k > 0) runs.push(performance.now() - t); // the first run warms up
    }
    return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  };
  for (const n of readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.txt')).sort()) {
    const all = readFileSync(join(dir, 'pages', n), 'utf8').split('\n').filter((l) => l.trim());
    if (all.length < BUDGET_LINES) continue;
    result.pages++;
    const text = all.slice(0, BUDGET_LINES).join('\n');
    const lines = rejoinBrokenLines(markdownLines(text), text);
    const classify = median(() => classifyLines(lines));
    const build = median(() => buildArticles([{ file: `seeds/${n}`, bytes: new TextEncoder().encode(text) }]));
    if (classify > result.classify) Object.assign(result, { classify, build, page: n });
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dirs = process.argv.slice(2);
  for (const dir of dirs.length ? dirs.map((d) => resolve(d)) : [DEV_SET, FRESH_SET]) {
    console.log(report(dir.startsWith(root) ? dir.slice(root.length + 1) : dir, measureExtraction(dir)));
    const speed = timeClassification(dir);
    if (speed.pages) {
      console.log(
        `\n${BUDGET_LINES}-line page: classified in ${speed.classify.toFixed(1)} ms, built whole in ${speed.build.toFixed(1)} ms ` +
          `(slowest of ${speed.pages} pages that long, ${speed.page}; median of ${TIMING_RUNS} runs)`,
      );
    }
    console.log('');
  }
}
