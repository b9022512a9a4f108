// Evidence of shared text between articles, at corpus scale and in any script: each article's body is normalised
// (NFKC, no combining marks, no spaces or punctuation), fingerprinted by winnowing hashed character n-grams, and an
// inverted index of fingerprints gives, for every article, how much of its text each other article carries. Only
// articles that share a fingerprint are ever paired: the work grows with the shared text, never with all pairs.
import type { Article } from '../records/article.ts';
import { compareCodeUnits } from '../text/order.ts';

/**
 * Characters per n-gram. Spaces and punctuation are dropped first, so unreliable word spaces ("کہاہے" for "کہا ہے")
 * and house punctuation change nothing; 20 letters are about four English words, or a short CJK phrase.
 */
export const GRAM_CHARS = 20;
/**
 * Winnowing window: the smallest hash of every 10 consecutive n-grams is kept (about one n-gram in five), and any
 * passage of GRAM_CHARS + WINDOW - 1 = 29 letters that two articles share is certain to yield a common fingerprint.
 */
export const WINDOW = 10;
/** Text inside quotation marks counts this much: outlets quoting one speaker share the words, not the report. */
export const QUOTED_WEIGHT = 0.3;
/**
 * A fingerprint carried by more articles than this (and by more than FORMULA_SHARE of the corpus) is a formula or
 * site text, not a report: skipping it bounds the index's work. Measured on the generated real-text corpora of
 * `npm run bench`, where the largest wire story has 300 copies at 5,000 captures.
 */
export const FORMULA_MIN_ARTICLES = 400;
export const FORMULA_SHARE = 0.25;
/** Candidates kept per article (best first): enough for a source, its copies and the reports a digest quotes. */
export const CANDIDATES = 16;

export interface Fingerprints {
  /** Distinct fingerprint hashes, ascending. */
  hashes: Uint32Array;
  /** Weight of each fingerprint in this article (1, or QUOTED_WEIGHT inside quotation marks). */
  weights: Float32Array;
  /** Sum of the weights. */
  total: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING = new Set(['“', '«', '„', '‹', '「', '『']);
const CLOSING = new Set(['”', '»', '‟', '›', '」', '』']);

/**
 * The matching text of a paragraph: letters and digits only, case and accents folded, each with whether it stands
 * inside a quotation. Straight double quotes toggle; curly, guillemet and CJK marks open and close.
 */
export function matchingText(paragraph: string): { chars: string[]; quoted: boolean[] } {
  const chars: string[] = [];
  const quoted: boolean[] = [];
  let inside = false;
  const folded = paragraph.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFKC').toLowerCase();
  for (const ch of folded) {
    const c = ch.charCodeAt(0);
    if (ch === '"') inside = !inside;
    else if (OPENING.has(ch)) inside = true;
    else if (CLOSING.has(ch)) inside = false;
    // ASCII letters and digits without a regular expression: most text of most corpora.
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && LETTER_OR_DIGIT.test(ch))) {
      chars.push(ch);
      quoted.push(inside);
    }
  }
  return { chars, quoted };
}

function gramHash(chars: string[], at: number): number {
  let h = 0x811c9dc5;
  for (let k = at; k < at + GRAM_CHARS; k++) {
    const c = chars[k]!;
    for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Winnowed fingerprints of an article's body paragraphs (a fingerprint never spans two paragraphs). */
export function fingerprints(article: Pick<Article, 'blocks'>): Fingerprints {
  const weightOf = new Map<number, number>();
  for (const b of article.blocks) {
    if (b.kind !== 'body') continue;
    const { chars, quoted } = matchingText(b.text);
    const grams = chars.length - GRAM_CHARS + 1;
    if (grams <= 0) {
      if (chars.length >= GRAM_CHARS / 2) keep(weightOf, gramHashShort(chars), quoted[0] ? QUOTED_WEIGHT : 1);
      continue;
    }
    const hashes = new Uint32Array(grams);
    for (let i = 0; i < grams; i++) hashes[i] = gramHash(chars, i);
    // Winnowing: in each window the rightmost smallest hash; a fingerprint is recorded once per position it wins.
    let last = -1;
    for (let w = 0; w + Math.min(WINDOW, grams) <= grams; w++) {
      let min = w;
      for (let i = w; i < w + Math.min(WINDOW, grams); i++) if (hashes[i]! <= hashes[min]!) min = i;
      if (min !== last) {
        keep(weightOf, hashes[min]!, quoted[min + (GRAM_CHARS >> 1)] ? QUOTED_WEIGHT : 1);
        last = min;
      }
    }
  }
  const hashes = Uint32Array.from(weightOf.keys()).sort();
  const weights = Float32Array.from(hashes, (h) => weightOf.get(h)!);
  let total = 0;
  for (const w of weights) total += w;
  return { hashes, weights, total };
}

function gramHashShort(chars: string[]): number {
  let h = 0x811c9dc5;
  for (const c of chars) for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** An article keeps the heavier weight of a fingerprint it has both inside and outside quotation marks. */
function keep(weightOf: Map<number, number>, hash: number, weight: number): void {
  weightOf.set(hash, Math.max(weightOf.get(hash) ?? 0, weight));
}

/** How much of one article's text another article carries. */
export interface Candidate {
  /** Index of the other article. */
  other: number;
  /** Weight of this article's fingerprints the other has, over this article's total: the share of its text. */
  coverage: number;
  /** Fingerprints shared (unweighted). */
  shared: number;
}

/**
 * The inverted index over every article's fingerprints, packed as sorted (hash, article) pairs in typed arrays: a run
 * of equal hashes is one posting list. No Map of millions of arrays, so 5,000 articles fit in a few hundred MB.
 */
export class FingerprintIndex {
  readonly prints: Fingerprints[];
  /** For each article, the posting-list (run) of each of its fingerprints, aligned with prints[d].hashes. */
  readonly runOf: Int32Array[];
  /** Run r holds articles docs[runStart[r] .. runStart[r+1]). */
  readonly runStart: Int32Array;
  readonly docs: Int32Array;
  readonly maxDf: number;

  constructor(prints: Fingerprints[]) {
    this.prints = prints;
    const n = prints.length;
    const DOC_BITS = 2 ** 21;
    if (n >= DOC_BITS) throw new Error(`the story index handles at most ${DOC_BITS - 1} articles`);
    let total = 0;
    for (const p of prints) total += p.hashes.length;
    const entries = new Float64Array(total);
    let k = 0;
    prints.forEach((p, d) => {
      for (const h of p.hashes) entries[k++] = h * DOC_BITS + d;
    });
    entries.sort();
    const docs = new Int32Array(total);
    const starts: number[] = [];
    const position = prints.map((p) => new Int32Array(p.hashes.length));
    const cursor = new Int32Array(n);
    let previous = -1;
    for (let e = 0; e < total; e++) {
      const hash = Math.floor(entries[e]! / DOC_BITS);
      const d = entries[e]! - hash * DOC_BITS;
      docs[e] = d;
      if (hash !== previous) starts.push(e);
      previous = hash;
      // Each article's hashes are ascending, as are the entries: its fingerprints are met in its own order.
      position[d]![cursor[d]!++] = starts.length - 1;
    }
    starts.push(total);
    this.runOf = position;
    this.runStart = Int32Array.from(starts);
    this.docs = docs;
    this.maxDf = Math.max(FORMULA_MIN_ARTICLES, Math.ceil(n * FORMULA_SHARE));
  }

  df(run: number): number {
    return this.runStart[run + 1]! - this.runStart[run]!;
  }

  /**
   * For article d, every other article carrying its text, by coverage (best first, then by index), up to `limit`.
   * `counts(run, d, other)` may say that a fingerprint proves nothing between two articles — how a caller sets aside
   * text found in many stories. Work: the sum of the posting-list lengths of d's fingerprints.
   */
  candidates(d: number, scratch: Scratch, counts: Counts = ALWAYS, limit = CANDIDATES): Candidate[] {
    const p = this.prints[d]!;
    const runs = this.runOf[d]!;
    let total = 0;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      if (this.df(run) > this.maxDf) continue;
      const w = p.weights[i]!;
      total += w;
      for (let e = this.runStart[run]!; e < this.runStart[run + 1]!; e++) {
        const o = this.docs[e]!;
        if (o === d || !counts(run, d, o)) continue;
        if (scratch.weight[o] === 0 && scratch.count[o] === 0) scratch.touched.push(o);
        scratch.weight[o]! += w;
        scratch.count[o]!++;
      }
    }
    const out: Candidate[] = [];
    for (const o of scratch.touched) {
      if (total > 0) out.push({ other: o, coverage: Math.min(1, scratch.weight[o]! / total), shared: scratch.count[o]! });
      scratch.weight[o] = 0;
      scratch.count[o] = 0;
    }
    scratch.touched.length = 0;
    return out.sort((x, y) => y.coverage - x.coverage || x.other - y.other).slice(0, limit);
  }
}

/** Whether the fingerprint of posting list `run` counts as evidence between articles d and other. */
export type Counts = (run: number, d: number, other: number) => boolean;
const ALWAYS: Counts = () => true;

/** Per-run counters reused across articles, so finding candidates allocates nothing per article. */
export interface Scratch {
  weight: Float64Array;
  count: Int32Array;
  touched: number[];
}

export function scratchFor(n: number): Scratch {
  return { weight: new Float64Array(n), count: new Int32Array(n), touched: [] };
}

/** One source's contribution to an article: the share of its text that source adds beyond the sources before it. */
export interface Source {
  other: number;
  gain: number;
}

/**
 * Where an article's text comes from: greedily, the candidate carrying most of it, then the one carrying most of
 * what is left, and so on. A copy of a source already taken adds nothing, so the sources are distinct texts: one
 * dominant source is a version, several small ones are a digest.
 */
export function decompose(index: FingerprintIndex, d: number, candidates: Candidate[], counts: Counts, minGain: number): Source[] {
  const p = index.prints[d]!;
  const runs = index.runOf[d]!;
  const weights = new Float64Array(runs.length);
  let total = 0;
  for (let i = 0; i < runs.length; i++) {
    weights[i] = index.df(runs[i]!) > index.maxDf ? 0 : p.weights[i]!;
    total += weights[i]!;
  }
  if (total === 0) return [];
  // Which candidate carries which fingerprint, read off the posting lists once (no search per pair).
  const slot = new Map(candidates.map((c, k) => [c.other, k]));
  const carried = candidates.map(() => new Uint8Array(runs.length));
  for (let i = 0; i < runs.length; i++) {
    if (weights[i] === 0) continue;
    const run = runs[i]!;
    for (let e = index.runStart[run]!; e < index.runStart[run + 1]!; e++) {
      const k = slot.get(index.docs[e]!);
      if (k !== undefined && counts(run, d, candidates[k]!.other)) carried[k]![i] = 1;
    }
  }
  const taken = new Uint8Array(runs.length);
  const out: Source[] = [];
  const used = new Set<number>();
  for (;;) {
    let best = -1;
    let bestGain = 0;
    candidates.forEach((c, k) => {
      if (used.has(k)) return;
      let g = 0;
      const has = carried[k]!;
      for (let i = 0; i < runs.length; i++) if (has[i] && !taken[i]) g += weights[i]!;
      if (g > bestGain || (g === bestGain && best >= 0 && c.other < candidates[best]!.other)) {
        best = k;
        bestGain = g;
      }
    });
    if (best < 0 || bestGain / total < minGain) return out;
    used.add(best);
    const has = carried[best]!;
    for (let i = 0; i < runs.length; i++) if (has[i]) taken[i] = 1;
    out.push({ other: candidates[best]!.other, gain: bestGain / total });
  }
}

/** Stable order for articles: by id in code units. */
export function byId<T extends { id: string }>(xs: T[]): T[] {
  return [...xs].sort((x, y) => compareCodeUnits(x.id, y.id));
}
