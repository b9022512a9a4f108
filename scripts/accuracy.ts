// Measures the shared-quote index against hand labels (tests/fixtures/quote-labels.json): precision, recall and F1
// of extraction, and accuracy of speaker attribution and statement/fragment kind, on the seeds and on made-up
// paragraphs written for each rule. Run with `npx tsx scripts/quote-accuracy.ts`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildQuoteIndex } from '../src/lib/buildQuoteIndex.ts';
import { quoteKey } from '../src/lib/groupQuotes.ts';
import { loadSeeds } from '../src/lib/loadSeeds.ts';
import type { Article } from '../src/lib/schema.ts';
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

/** Scores on the five seeds (one story) and on the made-up paragraphs (each case its own story). */
export function measureQuoteAccuracy(): { seeds: Scores; synthetic: Scores } {
  const labels = readLabels();
  const { articles } = loadSeeds(root);
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
  console.log(table([
    ['seeds (5 articles)', seeds],
    ['made-up paragraphs', synthetic],
  ]));
  for (const [name, s] of [['seeds', seeds], ['made-up', synthetic]] as const) {
    if (s.errors.length) console.log(`\n${name}:\n  ` + s.errors.join('\n  '));
  }
}
