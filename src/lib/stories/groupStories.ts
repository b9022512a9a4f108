// Groups articles into stories by the body text they share, without comparing every pair in full:
// an inverted index of hashed 5-word shingles finds the pairs that share any text, then each candidate is verified.
import type { Article } from '../records/article.ts';
import { SHINGLE_SIZE } from '../text/shingles.ts';
import { tokenize } from '../text/tokens.ts';
import { hashWords } from '../text/hash.ts';
import { compareCodeUnits } from '../text/order.ts';

/**
 * A candidate pair must share at least this many body shingles: ten 5-word shingles is a run of about 14 identical
 * words, longer than the stock phrases ("said in a statement on Thursday") that unrelated reports have in common.
 */
export const MIN_SHARED_SHINGLES = 10;
/**
 * Share of the smaller body's shingles found in the other body for two articles to belong to one story. A single
 * shared background paragraph (about 30 words of a 300-word report, 10%) stays below it; two reports built on the
 * same agency copy that share several quotes and sentences (the seeds' Euronews and Sky News pieces: 20%) pass.
 */
export const RELATED_MIN_STRENGTH = 0.15;
/** From this share on, one article is a version of the other (republished, trimmed or lightly edited), not a related report. */
export const VERSION_MIN_STRENGTH = 0.5;
/**
 * A shingle found in more than this share of a large corpus (and in more than COMMON_SHINGLE_MIN_ARTICLES) is a
 * formula, not shared copy; skipping it keeps the index from doing quadratic work on it.
 */
export const COMMON_SHINGLE_SHARE = 0.2;
export const COMMON_SHINGLE_MIN_ARTICLES = 50;

export interface TextLink {
  a: string;
  b: string;
  relation: 'version' | 'related';
  strength: number;
  sharedShingles: number;
}

export interface StoryGroup {
  id: string;
  title: string | null;
  articles: string[];
  links: TextLink[];
  versionGroups: string[][];
  pinned: boolean;
}


/** Distinct shingle hashes of an article's body paragraphs; shingles never span two paragraphs, so reordering costs nothing. */
export function bodyShingleHashes(article: Article): Uint32Array {
  const set = new Set<number>();
  for (const b of article.blocks) {
    if (b.kind !== 'body') continue;
    const w = tokenize(b.text).map((t) => t.lower.replace(/’/g, "'"));
    if (w.length > 0 && w.length < SHINGLE_SIZE) set.add(hashWords(w));
    for (let i = 0; i + SHINGLE_SIZE <= w.length; i++) set.add(hashWords(w, i, SHINGLE_SIZE));
  }
  return Uint32Array.from(set).sort();
}

/** Pairs of articles (by index) sharing enough body text, with what they share. */
export function findTextLinks(articles: Article[]): TextLink[] {
  const n = articles.length;
  const sets = articles.map(bodyShingleHashes);
  // Every (shingle, article) occurrence packed into one float (hash · 2^21 + article index), sorted: equal shingles
  // end up adjacent, which is the inverted index without a Map of millions of arrays.
  const DOC_BITS = 2 ** 21;
  if (n >= DOC_BITS) throw new Error(`groupStories handles at most ${DOC_BITS - 1} articles`);
  const total = sets.reduce((t, s) => t + s.length, 0);
  const entries = new Float64Array(total);
  let k = 0;
  sets.forEach((s, doc) => {
    for (const h of s) entries[k++] = h * DOC_BITS + doc;
  });
  entries.sort();
  const maxDf = Math.max(COMMON_SHINGLE_MIN_ARTICLES, Math.ceil(n * COMMON_SHINGLE_SHARE));
  // Runs of equal shingles, and for each article the runs it is in (compressed rows: runsOf[runsStart[d]...]).
  const runStart: number[] = [];
  const runOfEntry = new Int32Array(total);
  const docOfEntry = new Int32Array(total);
  for (let e = 0; e < total; e++) {
    docOfEntry[e] = entries[e]! % DOC_BITS;
    if (e === 0 || Math.floor(entries[e]! / DOC_BITS) !== Math.floor(entries[e - 1]! / DOC_BITS)) runStart.push(e);
    runOfEntry[e] = runStart.length - 1;
  }
  runStart.push(total);
  const runsStart = new Int32Array(n + 1);
  for (let e = 0; e < total; e++) runsStart[docOfEntry[e]! + 1]!++;
  for (let d = 0; d < n; d++) runsStart[d + 1]! += runsStart[d]!;
  const runsOf = new Int32Array(total);
  const fill = runsStart.slice(0, n);
  for (let e = 0; e < total; e++) runsOf[fill[docOfEntry[e]!]!++] = runOfEntry[e]!;
  // For each article, count shingles shared with every later article in one typed array: no pair map.
  const shared = new Int32Array(n);
  const touched: number[] = [];
  const counts: [number, number, number][] = [];
  for (let d = 0; d < n; d++) {
    for (let k = runsStart[d]!; k < runsStart[d + 1]!; k++) {
      const r = runsOf[k]!;
      const [from, to] = [runStart[r]!, runStart[r + 1]!];
      if (to - from < 2 || to - from > maxDf) continue;
      for (let e = from; e < to; e++) {
        const other = docOfEntry[e]!;
        if (other <= d) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other]!++;
      }
    }
    for (const other of touched) {
      counts.push([d, other, shared[other]!]);
      shared[other] = 0;
    }
    touched.length = 0;
  }
  const links: TextLink[] = [];
  for (const [i, j, count] of counts) {
    if (count < MIN_SHARED_SHINGLES) continue;
    const strength = count / Math.min(sets[i]!.length, sets[j]!.length);
    if (strength < RELATED_MIN_STRENGTH) continue;
    const [a, b] = [articles[i]!.id, articles[j]!.id].sort(compareCodeUnits) as [string, string];
    links.push({
      a,
      b,
      relation: strength >= VERSION_MIN_STRENGTH ? 'version' : 'related',
      strength: Math.min(1, strength),
      sharedShingles: count,
    });
  }
  return links.sort((x, y) => compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b));
}

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]!]!;
    return x;
  }
  union(x: number, y: number): number {
    const [rx, ry] = [this.find(x), this.find(y)];
    const root = Math.min(rx, ry);
    this.parent[Math.max(rx, ry)] = root;
    return root;
  }
}

/**
 * Stories: articles joined by shared body text (versions and related reports alike; each link says which),
 * every article in exactly one story. A front-matter `story:` pin puts articles in the named story whatever their
 * text, and text never joins two differently pinned articles: links are applied strongest first, and one that
 * would merge two pins is dropped.
 */
export function groupStories(articles: Article[]): StoryGroup[] {
  const sorted = [...articles].sort((x, y) => compareCodeUnits(x.id, y.id));
  const index = new Map(sorted.map((a, i) => [a.id, i]));
  const uf = new UnionFind(sorted.length);
  const pinOf = new Map<number, string>();
  const firstWithPin = new Map<string, number>();
  sorted.forEach((a, i) => {
    if (!a.storyPin) return;
    const first = firstWithPin.get(a.storyPin);
    if (first === undefined) firstWithPin.set(a.storyPin, i);
    pinOf.set(uf.union(i, first ?? i), a.storyPin);
  });
  const links = findTextLinks(sorted);
  const byStrength = [...links].sort((x, y) => y.strength - x.strength || compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b));
  for (const l of byStrength) {
    const [ra, rb] = [uf.find(index.get(l.a)!), uf.find(index.get(l.b)!)];
    if (ra === rb) continue;
    const [pa, pb] = [pinOf.get(ra), pinOf.get(rb)];
    if (pa && pb && pa !== pb) continue;
    const root = uf.union(ra, rb);
    pinOf.delete(ra);
    pinOf.delete(rb);
    if (pa ?? pb) pinOf.set(root, (pa ?? pb)!);
  }

  const members = new Map<number, number[]>();
  sorted.forEach((_, i) => {
    const r = uf.find(i);
    members.set(r, [...(members.get(r) ?? []), i]);
  });
  const linksOf = new Map<number, TextLink[]>();
  for (const l of links) {
    const r = uf.find(index.get(l.a)!);
    if (r === uf.find(index.get(l.b)!)) linksOf.set(r, [...(linksOf.get(r) ?? []), l]);
  }

  const usedIds = new Set<string>(firstWithPin.keys());
  const groups: StoryGroup[] = [];
  for (const [root, idx] of members) {
    const arts = idx.map((i) => sorted[i]!);
    const pin = pinOf.get(root) ?? null;
    // The earliest article names the story; undated articles come after dated ones, then by id.
    const byDate = [...arts].sort(
      (x, y) => compareCodeUnits(x.published ?? '\uffff', y.published ?? '\uffff') || compareCodeUnits(x.id, y.id),
    );
    let id = pin ?? byDate[0]!.id;
    if (!pin) {
      for (let s = 2; usedIds.has(id); s++) id = `${byDate[0]!.id}-${s}`;
      usedIds.add(id);
    }
    const storyLinks = linksOf.get(root) ?? [];
    groups.push({
      id,
      title: byDate.find((a) => a.headline)?.headline ?? null,
      articles: arts.map((a) => a.id),
      links: storyLinks,
      versionGroups: versionGroups(
        arts.map((a) => a.id),
        storyLinks.filter((l) => l.relation === 'version'),
      ),
      pinned: pin !== null,
    });
  }
  return groups.sort((x, y) => compareCodeUnits(x.id, y.id));
}

function versionGroups(ids: string[], versionLinks: TextLink[]): string[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const uf = new UnionFind(ids.length);
  for (const l of versionLinks) uf.union(index.get(l.a)!, index.get(l.b)!);
  const out = new Map<number, string[]>();
  ids.forEach((id, i) => out.set(uf.find(i), [...(out.get(uf.find(i)) ?? []), id]));
  return [...out.values()].sort((x, y) => compareCodeUnits(x[0]!, y[0]!));
}
