// Measures Wiretrace against hand labels. Quotations (tests/fixtures/quote-labels.json): precision, recall and F1 of
// extraction, accuracy of speaker and statement/fragment kind, on the seeds and on made-up paragraphs written for each
// rule. The held-out corpus (tests/fixtures/heldout/: ten captures written and labelled by someone who had not read
// the code): block kinds, quotations, stories, and the word swaps and moves between versions. `npm run accuracy`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildQuoteIndex } from '../src/lib/quotes/index.ts';
import { quoteKey } from '../src/lib/text/normalizeStyle.ts';
import { buildArticles, loadSeeds } from '../src/lib/seeds/loadSeeds.ts';
import { compareStories } from '../src/lib/pipeline.ts';
import { styleKey } from '../src/lib/text/normalizeStyle.ts';
import { words } from '../src/lib/text/tokens.ts';
import type { Article } from '../src/lib/records/article.ts';
import { makeArticle, paragraphLine } from '../tests/support/makeArticle.ts';

interface Label {
  article: string;
  line: number;
  text: string;
  speaker: string | null;
  kind: 'statement' | 'fragment';
}

interface SyntheticCase {
  rule: string;
  paragraphs: string[];
  quotes: { paragraph: number; text: string; speaker: string | null; kind: 'statement' | 'fragment' }[];
}

interface Labels {
  seeds: Label[];
  synthetic: SyntheticCase[];
}

export interface Scores {
  labels: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerCorrect: number;
  kindCorrect: number;
  speakerAccuracy: number;
  kindAccuracy: number;
  /** What went wrong, one line each, for reading. */
  errors: string[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readLabels(): Labels {
  return JSON.parse(readFileSync(join(root, 'tests/fixtures/quote-labels.json'), 'utf8')) as Labels;
}

function score(articles: Article[], labels: Label[], storyOf: (id: string) => string): Scores {
  const index = buildQuoteIndex(articles, storyOf);
  const found = index.quotes.flatMap((g) => g.occurrences);
  const keyOf = (article: string, line: number, text: string) => `${article}|${line}|${quoteKey(text).join(' ')}`;
  const unmatched = new Map<string, (typeof found)[number][]>();
  for (const o of found) {
    const k = keyOf(o.article, o.line, o.text);
    unmatched.set(k, [...(unmatched.get(k) ?? []), o]);
  }
  let matched = 0;
  let speakerCorrect = 0;
  let kindCorrect = 0;
  const errors: string[] = [];
  for (const l of labels) {
    const k = keyOf(l.article, l.line, l.text);
    const o = unmatched.get(k)?.shift();
    if (!o) {
      errors.push(`missed   ${l.article}:${l.line} “${l.text}”`);
      continue;
    }
    matched++;
    if (o.speaker === l.speaker) speakerCorrect++;
    else errors.push(`speaker  ${l.article}:${l.line} “${l.text}”: ${o.speaker ?? 'unknown'}, labelled ${l.speaker ?? 'unknown'}`);
    if (o.kind === l.kind) kindCorrect++;
    else errors.push(`kind     ${l.article}:${l.line} “${l.text}”: ${o.kind}, labelled ${l.kind}`);
  }
  for (const rest of unmatched.values()) for (const o of rest) errors.push(`spurious ${o.article}:${o.line} “${o.text}”`);
  const precision = found.length ? matched / found.length : 1;
  const recall = labels.length ? matched / labels.length : 1;
  return {
    labels: labels.length,
    extracted: found.length,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerCorrect,
    kindCorrect,
    speakerAccuracy: matched ? speakerCorrect / matched : 1,
    kindAccuracy: matched ? kindCorrect / matched : 1,
    errors,
  };
}

/** Scores on the five original seeds (one story; their frozen copy, which the labels describe) and on the made-up
 * paragraphs (each case its own story). */
export function measureQuoteAccuracy(): { seeds: Scores; synthetic: Scores } {
  const labels = readLabels();
  const { articles } = loadSeeds(root, 'tests/fixtures/seeds');
  const seeds = score(articles, labels.seeds, () => 'all');
  const cases = labels.synthetic.map((c, n) => ({ c, id: `made-up-${n + 1}` }));
  const synthetic = score(
    cases.map(({ c, id }) => makeArticle(id, c.paragraphs)),
    cases.flatMap(({ c, id }) =>
      c.quotes.map((q) => ({ article: id, line: paragraphLine(q.paragraph), text: q.text, speaker: q.speaker, kind: q.kind })),
    ),
    (id) => id,
  );
  return { seeds, synthetic };
}

interface HeldOutLabels {
  articles: Record<
    string,
    {
      story: string;
      blocks: { line: number; kind: string }[];
      quotes: { line: number; text: string; speaker: string | null; kind: 'statement' | 'fragment' }[];
    }
  >;
  edits: { a: string; b: string; from: string; to: string }[];
  moved: { a: string; b: string; paragraphStartsWith: string }[];
}

export interface HeldOutScores {
  blocks: { labels: number; correct: number; errors: string[] };
  quotes: Scores;
  /** Pairs of articles: labelled versions of one report that the build put in one story, and pairs it wrongly joined. */
  stories: { pairs: number; together: number; wronglyJoined: number };
  edits: { labels: number; found: number; errors: string[] };
  moved: { labels: number; found: number; errors: string[] };
}

const HELD_OUT = 'tests/fixtures/heldout';

/** Block kinds, quotations, stories and edits on the held-out captures, read as seeds without front matter. */
export function measureHeldOut(): HeldOutScores {
  const labels = JSON.parse(readFileSync(join(root, HELD_OUT, 'labels.json'), 'utf8')) as HeldOutLabels;
  const files = readdirSync(join(root, HELD_OUT))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: `seeds/${f}`, bytes: readFileSync(join(root, HELD_OUT, f)) }));
  const { articles } = buildArticles(files);
  const byId = new Map(articles.map((a) => [a.id, a]));

  const blockErrors: string[] = [];
  let blockLabels = 0;
  for (const a of articles) {
    const kindAt = new Map(a.blocks.flatMap((b) => b.lines.map((l) => [l, b.kind] as const)));
    for (const l of labels.articles[a.id]?.blocks ?? []) {
      blockLabels++;
      const got = kindAt.get(l.line) ?? 'no block';
      if (got !== l.kind) blockErrors.push(`${a.id}:${l.line} ${got}, labelled ${l.kind}`);
    }
  }

  const { stories, comparisons } = compareStories(articles);
  const storyOf = new Map(stories.flatMap((st) => st.articles.map((id) => [id, st.id] as const)));
  const quotes = score(
    articles,
    Object.entries(labels.articles).flatMap(([article, l]) => l.quotes.map((q) => ({ article, ...q }))),
    (id) => storyOf.get(id)!,
  );

  const ids = Object.keys(labels.articles).sort();
  let pairs = 0;
  let together = 0;
  let wronglyJoined = 0;
  for (const [i, x] of ids.entries())
    for (const y of ids.slice(i + 1)) {
      const same = labels.articles[x]!.story === labels.articles[y]!.story;
      const joined = storyOf.get(x) === storyOf.get(y);
      if (same) pairs++;
      if (same && joined) together++;
      if (!same && joined) wronglyJoined++;
    }

  const comparisonOf = (a: string, b: string) => comparisons.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
  // Word swaps compare as style keys, so "organized → organised" is found whether it is counted as style or not.
  const key = (t: string) => words(t).map((w) => styleKey(w.toLowerCase())).join(' ');
  const editErrors: string[] = [];
  for (const e of labels.edits) {
    const c = comparisonOf(e.a, e.b);
    const [from, to] = c?.a === e.a ? [key(e.from), key(e.to)] : [key(e.to), key(e.from)];
    const hit = c?.edits.some((x) => ` ${key(x.from)} `.includes(` ${from} `) && ` ${key(x.to)} `.includes(` ${to} `));
    if (!hit) editErrors.push(`${e.a} → ${e.b}: ${e.from} → ${e.to} not among the edits`);
  }
  const movedErrors: string[] = [];
  for (const m of labels.moved) {
    const c = comparisonOf(m.a, m.b);
    const a = byId.get(c?.a ?? '');
    const moved = c?.rows.filter((r) => r.kind === 'moved').map((r) => a?.blocks.find((b) => b.id === r.a)?.text ?? '');
    if (!moved?.some((t) => t.startsWith(m.paragraphStartsWith))) movedErrors.push(`${m.a} → ${m.b}: “${m.paragraphStartsWith}…” not moved`);
  }
  return {
    blocks: { labels: blockLabels, correct: blockLabels - blockErrors.length, errors: blockErrors },
    quotes,
    stories: { pairs, together, wronglyJoined },
    edits: { labels: labels.edits.length, found: labels.edits.length - editErrors.length, errors: editErrors },
    moved: { labels: labels.moved.length, found: labels.moved.length - movedErrors.length, errors: movedErrors },
  };
}

function table(rows: [string, Scores][]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const head = ['set', 'labels', 'found', 'precision', 'recall', 'F1', 'speaker', 'kind'];
  const body = rows.map(([name, s]) => [
    name,
    String(s.labels),
    String(s.extracted),
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
    `${pct(s.speakerAccuracy)} (${s.speakerCorrect}/${s.matched})`,
    `${pct(s.kindAccuracy)} (${s.kindCorrect}/${s.matched})`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { seeds, synthetic } = measureQuoteAccuracy();
  const held = measureHeldOut();
  const pct = (n: number, d: number) => `${((100 * n) / (d || 1)).toFixed(1)}% (${n}/${d})`;
  console.log('Quotations\n');
  console.log(table([
    ['seeds (5 articles)', seeds],
    ['made-up paragraphs', synthetic],
    ['held-out (10 captures)', held.quotes],
  ]));
  console.log('\nHeld-out captures\n');
  console.log(`block kinds            ${pct(held.blocks.correct, held.blocks.labels)}`);
  console.log(`versions put together  ${pct(held.stories.together, held.stories.pairs)} of labelled pairs; ${held.stories.wronglyJoined} other pairs joined`);
  console.log(`word swaps found       ${pct(held.edits.found, held.edits.labels)}`);
  console.log(`moves found            ${pct(held.moved.found, held.moved.labels)}`);
  const errors: [string, string[]][] = [
    ['seeds', seeds.errors],
    ['made-up', synthetic.errors],
    ['held-out quotations', held.quotes.errors],
    ['held-out blocks', held.blocks.errors],
    ['held-out edits', [...held.edits.errors, ...held.moved.errors]],
  ];
  for (const [name, list] of errors) if (list.length) console.log(`\n${name}:\n  ` + list.join('\n  '));
}
