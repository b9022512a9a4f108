// Shared by the hostile-input tests: the real seeds as the bystanders every bad seed is added to, the whole record
// pipeline run on in-memory files, and the check that a bad seed changed nothing of the other articles.
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildArticles } from '../../../src/lib/seeds/loadSeeds.ts';
import { buildRecords } from '../../../src/lib/pipeline.ts';
import type { Article, Records } from '../../../src/lib/records/article.ts';
import { frozenSeedFiles } from '../../support/frozenSeeds.ts';
import type { Comparison } from '../../../src/lib/records/comparison.ts';
import { SeedErrors } from '../../../src/lib/seeds/seedError.ts';

export const root = join(import.meta.dirname, '../../..');
export interface SeedFile {
  file: string;
  bytes: Uint8Array;
}

export const enc = (s: string) => new TextEncoder().encode(s);
export const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** The five original seeds, frozen under tests/fixtures/seeds/ (adding a seed to seeds/ changes no expectation). */
export const realSeeds: SeedFile[] = frozenSeedFiles();

export interface Run {
  records: Records;
  warnings: string[];
  ms: number;
}

/** The whole pipeline on in-memory files, timed. */
export function runPipeline(files: SeedFile[]): Run {
  const t = performance.now();
  const { records, warnings } = buildRecords(files);
  return { records, warnings, ms: performance.now() - t };
}

/** The SeedErrors a set of files stops the build with (fails the test when the build goes through). */
export function refusal(files: SeedFile[]): SeedErrors {
  try {
    buildArticles(files);
  } catch (e) {
    expect(e).toBeInstanceOf(SeedErrors);
    return e as SeedErrors;
  }
  throw new Error('expected the build to stop');
}

export const article = (r: Run, id: string): Article => {
  const a = r.records.articles.find((x) => x.id === id);
  if (!a) throw new Error(`no article ${id}`);
  return a;
};

/** The comparison of two articles as stored (one per pair, either way round). */
export const comparison = (r: Run, a: string, b: string): Comparison => {
  const c = r.records.comparisons.find((k) => (k.a === a && k.b === b) || (k.a === b && k.b === a));
  if (!c) throw new Error(`no comparison of ${a} and ${b}`);
  return c;
};

/**
 * Every article of `before` is in `after` with an identical record; every comparison between two of them is
 * identical but for the story id (a newcomer may become a story's earliest article); and each of their quotations
 * is found at the same place, with the same words, kind and speaker.
 */
export function expectBystandersUnchanged(before: Run, after: Run): void {
  const ids = new Set(before.records.articles.map((a) => a.id));
  for (const a of before.records.articles) expect(article(after, a.id), a.id).toEqual(a);
  const pairKey = (c: Comparison) => `${c.a} ${c.b}`;
  const strip = ({ story: _story, ...rest }: Comparison) => rest;
  const afterPairs = new Map(after.records.comparisons.map((c) => [pairKey(c), c]));
  for (const c of before.records.comparisons) {
    const now = afterPairs.get(pairKey(c));
    expect(now, `comparison ${pairKey(c)}`).toBeDefined();
    expect(strip(now!)).toEqual(strip(c));
  }
  expect(after.records.comparisons.filter((c) => ids.has(c.a) && ids.has(c.b)).length).toBe(before.records.comparisons.length);
  const sightings = (r: Run) =>
    r.records.quotes
      .flatMap((q) => q.occurrences.filter((o) => ids.has(o.article)).map((o) => JSON.stringify([o.article, o.block, o.start, o.end, o.text, o.kind, o.speaker])))
      .sort();
  expect(sightings(after)).toEqual(sightings(before));
}

/** A seed file's text with one body line changed by `edit` (line numbers as in the file, 1-based). */
export function editLine(text: string, line: number, edit: (l: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  return lines.join('\n');
}

/** A small deterministic generator (a linear congruential one), so generated fixtures are the same on every run. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Made-up words that are one word each for Intl.Segmenter; `salt` keeps vocabularies of different stories apart. */
export function vocabulary(size: number, salt: string, rand: () => number): string[] {
  const syl = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dun', 'pe', 'sor', 'bil', 'ga', 'nu', 'fet', 'ris', 'ho', 'zam'];
  const out = new Set<string>();
  while (out.size < size) {
    const n = 2 + Math.floor(rand() * 2);
    let w = salt;
    for (let i = 0; i < n; i++) w += syl[Math.floor(rand() * syl.length)]!;
    out.add(w);
  }
  return [...out];
}

/** Prose: capitalised sentences of 6–14 words from `vocab`, each ending in a full stop. Returns the text and its counts. */
export function prose(vocab: string[], wordCount: number, rand: () => number): { text: string; sentences: number } {
  const out: string[] = [];
  let sentences = 0;
  let left = 0;
  for (let i = 0; i < wordCount; i++) {
    if (left === 0) left = Math.min(6 + Math.floor(rand() * 9), wordCount - i);
    let w = vocab[Math.floor(rand() * vocab.length)]!;
    if (out.length === 0 || out[out.length - 1]!.endsWith('.')) w = w[0]!.toUpperCase() + w.slice(1);
    left--;
    if (left === 0) {
      w += '.';
      sentences++;
    }
    out.push(w);
  }
  return { text: out.join(' '), sentences };
}

/** Logs how long a case took; the tests bound time only against hangs (speed goals live in `npm run bench`). */
export function timed<T>(label: string, f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  const ms = performance.now() - t;
  console.log(`[hostile] ${label}: ${Math.round(ms)} ms`);
  return { value, ms };
}

/**
 * Only a hang guard, never a speed goal (those live in `npm run bench`): CI machines run these beside browser tests
 * and full builds on two cores, where a case that takes 30 s here took 130 s.
 */
export const HANG_MS = 600_000;

/**
 * A seed written to attack the site: markup, template syntax and script links in its metadata and its paragraphs.
 * Its text is a real seed's with these lines added, so it joins that story and reaches every page and report.
 */
export const ATTACKS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  style: '</style><style>body{display:none}</style>',
  mustache: '{{x}}',
  template: '${x}',
  rawHtml: '<div onmouseover="alert(1)">A block of raw HTML the outlet printed, which must stay plain words on every page.</div>',
} as const;
export const HOSTILE_FILE = 'seeds/zz-hostile.md';
export function hostileSeed(donorText: string): SeedFile {
  const body = donorText.replace(/^---\n[\s\S]*?\n---\n/, '');
  const lines = [
    `The report said ${ATTACKS.script} was found in the page, and officials confirmed the finding on Monday.`,
    `Another paragraph carried ${ATTACKS.img} inside its text, according to the researchers who studied it.`,
    `A style tag ${ATTACKS.style} closed early in the captured page, the analysts wrote in their note.`,
    `Template syntax such as ${ATTACKS.mustache} and ${ATTACKS.template} and {% raw %} must stay as text, the developers said after the review.`,
    'Readers were told to [click here](javascript:alert(1)) or to open [this file](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) or <javascript:alert(2)> in the article.',
    `“${ATTACKS.script} is not a quote we endorse,” said Jane Doe, the security researcher, after the talk in Oslo.`,
    // Last: a Markdown HTML block runs to the next blank line, so lines after it would be read raw.
    ATTACKS.rawHtml,
  ];
  const front = ['---', `outlet: "${ATTACKS.script} News"`, `author: "${ATTACKS.img}"`, '---'];
  return { file: HOSTILE_FILE, bytes: enc(`${front.join('\n')}\n${body.trimEnd()}\n${lines.join('\n')}\n`) };
}
