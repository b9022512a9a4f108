// Paragraph alignment of two articles: which block of one carries the text of which block of the other,
// which of those stayed in order, and which moved. Word-level diffs come after, inside each aligned pair.
import { hashWords } from '../text/hash.ts';
import { diffTokenize } from '../text/wordDiff.ts';

/** What alignment needs of a block; Article blocks qualify as they are. */
export interface AlignableBlock {
  kind: string;
  text: string;
}

/** One row of an alignment: indices into each side's block list. Empty on one side for a block only the other has. */
export interface AlignedRow {
  a: number[];
  b: number[];
  /** Matched, but out of the order the rest of the matched text keeps. */
  moved: boolean;
}

/**
 * Paragraphs are fingerprinted by 3-word shingles: short enough that a two-sentence paragraph with one word
 * swapped ("war" → "crisis") keeps most of them, long enough that common words alone do not match.
 */
export const PARAGRAPH_SHINGLE = 3;
/** Two blocks match when this share of the smaller one's shingles is in the other (and at least MIN_SHARED of them). */
export const MATCH_MIN_CONTAINMENT = 0.3;
export const MIN_SHARED = 2;
/**
 * An unmatched block joins a neighbouring match (a paragraph one outlet split in two, or merged with the next)
 * when at least this share of it is found in that match's block on the other side.
 */
export const SPLIT_MIN_CONTAINMENT = 0.5;

/**
 * Style-folded shingles, so "stabilise"/"stabilize" or curly/straight quotes cost a paragraph nothing. Built from
 * the diff's own cached tokens and style keys: the same paragraphs are diffed next.
 */
function fingerprint(block: AlignableBlock, cache: Map<AlignableBlock, Set<number>>): Set<number> {
  let f = cache.get(block);
  if (!f) {
    const keys = diffTokenize(block.text)
      .filter((t) => t.word)
      .map((t) => t.key);
    f = new Set<number>();
    if (keys.length > 0 && keys.length < PARAGRAPH_SHINGLE) f.add(hashWords(keys, 0, keys.length));
    for (let i = 0; i + PARAGRAPH_SHINGLE <= keys.length; i++) f.add(hashWords(keys, i, PARAGRAPH_SHINGLE));
    cache.set(block, f);
  }
  return f;
}

/** Body text is matched only with body text, everything else (headlines, captions...) only with everything else. */
const isBody = (b: AlignableBlock) => b.kind === 'body';

interface Candidate {
  i: number;
  j: number;
  shared: number;
  dice: number;
}

type Fingerprint = (block: AlignableBlock) => Set<number>;

function candidates(a: AlignableBlock[], b: AlignableBlock[], fingerprint: Fingerprint): Candidate[] {
  // One index for body blocks, one for the rest: the two never match each other.
  const indexes = [new Map<number, number[]>(), new Map<number, number[]>()] as const;
  b.forEach((blk, j) => {
    const index = indexes[isBody(blk) ? 0 : 1];
    for (const s of fingerprint(blk)) {
      const list = index.get(s);
      if (list) list.push(j);
      else index.set(s, [j]);
    }
  });
  const out: Candidate[] = [];
  const counts = new Map<number, number>();
  a.forEach((blk, i) => {
    counts.clear();
    const fa = fingerprint(blk);
    const index = indexes[isBody(blk) ? 0 : 1];
    for (const s of fa) for (const j of index.get(s) ?? []) counts.set(j, (counts.get(j) ?? 0) + 1);
    for (const [j, shared] of counts) {
      const fb = fingerprint(b[j]!);
      if (shared < Math.min(MIN_SHARED, fa.size, fb.size)) continue;
      if (shared / Math.min(fa.size, fb.size) < MATCH_MIN_CONTAINMENT) continue;
      out.push({ i, j, shared, dice: (2 * shared) / (fa.size + fb.size) });
    }
  });
  return out;
}

function containedIn(x: AlignableBlock, y: AlignableBlock, fingerprint: Fingerprint): number {
  const fx = fingerprint(x);
  const fy = fingerprint(y);
  if (fx.size === 0) return 0;
  let n = 0;
  for (const s of fx) if (fy.has(s)) n++;
  return n / fx.size;
}

/**
 * Aligns two block lists. Pairs are chosen one to one, best overlap first; a leftover block that is mostly
 * contained in the partner of its neighbour joins that pair (split or merged paragraphs). The largest set of
 * pairs (by words) that keeps its order on both sides stays in place; the others are moved. Rows come in
 * reading order: a's order, each block only b has placed after the b block before it.
 */
export function alignBlocks(a: AlignableBlock[], b: AlignableBlock[]): AlignedRow[] {
  const cache = new Map<AlignableBlock, Set<number>>();
  const fp: Fingerprint = (block) => fingerprint(block, cache);
  const groupOfA = new Array<number>(a.length).fill(-1);
  const groupOfB = new Array<number>(b.length).fill(-1);
  const groups: { a: number[]; b: number[] }[] = [];
  const ranked = candidates(a, b, fp).sort((x, y) => y.dice - x.dice || y.shared - x.shared || x.i - y.i || x.j - y.j);
  for (const c of ranked) {
    if (groupOfA[c.i]! >= 0 || groupOfB[c.j]! >= 0) continue;
    groupOfA[c.i] = groupOfB[c.j] = groups.length;
    groups.push({ a: [c.i], b: [c.j] });
  }
  attachSplits(a, b, groupOfA, groups, 'a', fp);
  attachSplits(b, a, groupOfB, groups, 'b', fp);

  const order = groups.map((_, k) => k).sort((x, y) => Math.min(...groups[x]!.a) - Math.min(...groups[y]!.a));
  const kept = keptInOrder(
    order.map((k) => Math.min(...groups[k]!.b)),
    // Shingle count stands in for length: already computed, and one per word but the last two.
    order.map((k) => groups[k]!.a.reduce((t, i) => t + fp(a[i]!).size, 0)),
  );
  const moved = new Set(order.filter((_, n) => !kept.has(n)));

  const rows: AlignedRow[] = [];
  const rowOfB = new Map<number, AlignedRow>();
  a.forEach((_, i) => {
    const g = groupOfA[i]!;
    if (g < 0) return void rows.push({ a: [i], b: [], moved: false });
    const group = groups[g]!;
    if (Math.min(...group.a) !== i) return;
    const row = { a: [...group.a].sort((x, y) => x - y), b: [...group.b].sort((x, y) => x - y), moved: moved.has(g) };
    rows.push(row);
    for (const j of group.b) rowOfB.set(j, row);
  });
  b.forEach((_, j) => {
    if (groupOfB[j]! >= 0) return;
    const row: AlignedRow = { a: [], b: [j], moved: false };
    const prev = j > 0 ? rowOfB.get(j - 1) : undefined;
    // Every b block before j is in a row by now, so j goes after its predecessor's row, and after the blocks
    // only a has there: a cut reads before what replaced it.
    let at = prev ? rows.indexOf(prev) + 1 : 0;
    while (at < rows.length && rows[at]!.b.length === 0) at++;
    rows.splice(at, 0, row);
    rowOfB.set(j, row);
  });
  return rows;
}

/** Leftover blocks of `side` that continue a neighbouring pair's text join that pair. */
function attachSplits(
  side: AlignableBlock[],
  other: AlignableBlock[],
  groupOfSide: number[],
  groups: { a: number[]; b: number[] }[],
  name: 'a' | 'b',
  fingerprint: Fingerprint,
) {
  const otherName = name === 'a' ? 'b' : 'a';
  for (let x = 0; x < side.length; x++) {
    if (groupOfSide[x]! >= 0) continue;
    let best = -1;
    let bestScore = SPLIT_MIN_CONTAINMENT;
    for (const neighbour of [previousLike(side, x), nextLike(side, x)]) {
      const g = neighbour === null ? -1 : groupOfSide[neighbour]!;
      if (g < 0) continue;
      for (const y of groups[g]![otherName]) {
        if (isBody(other[y]!) !== isBody(side[x]!)) continue;
        const score = containedIn(side[x]!, other[y]!, fingerprint);
        if (score > bestScore || (score === bestScore && best < 0)) [best, bestScore] = [g, score];
      }
    }
    if (best >= 0) {
      groups[best]![name].push(x);
      groupOfSide[x] = best;
    }
  }
}

function previousLike(blocks: AlignableBlock[], x: number): number | null {
  for (let k = x - 1; k >= 0; k--) if (isBody(blocks[k]!) === isBody(blocks[x]!)) return k;
  return null;
}
function nextLike(blocks: AlignableBlock[], x: number): number | null {
  for (let k = x + 1; k < blocks.length; k++) if (isBody(blocks[k]!) === isBody(blocks[x]!)) return k;
  return null;
}

/**
 * Positions (in `seq`) of the heaviest strictly increasing subsequence: the pairs that kept their order.
 * Weighted by length, so one long paragraph that stayed put outweighs two short ones that moved.
 */
export function keptInOrder(seq: number[], weight: number[]): Set<number> {
  const n = seq.length;
  const best = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  let end = -1;
  for (let i = 0; i < n; i++) {
    best[i] = weight[i]!;
    for (let k = 0; k < i; k++)
      if (seq[k]! < seq[i]! && best[k]! + weight[i]! > best[i]!) {
        best[i] = best[k]! + weight[i]!;
        prev[i] = k;
      }
    if (end < 0 || best[i]! > best[end]!) end = i;
  }
  const out = new Set<number>();
  for (let i = end; i >= 0; i = prev[i]!) out.add(i);
  return out;
}
