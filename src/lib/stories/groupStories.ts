// The story model. A story is one source text and the texts derived from it: copies, trimmed and edited versions,
// updates, and rewrites that take a substantial part of it (partly derived). Each article joins the one story it
// derives most from — membership is decided per article from where its own text comes from, never by chaining weak
// links — so a digest, an embedded post or an outlet's promo line cannot glue reports together. Within a story,
// every version has a parent (its nearest earlier relative) and the story a reference text (the fullest, earliest).
import type { Article } from '../records/article.ts';
import { compareCodeUnits } from '../text/order.ts';
import { tokenize } from '../text/tokens.ts';
import { decompose, fingerprints, FingerprintIndex, scratchFor, type Candidate, type Counts, type Source } from './evidence.ts';

/**
 * Share of an article's text that must come from one source for it to be a version of that source (a copy, trimmed,
 * lightly edited or updated); below it, an article that adds much of its own is a rewrite, partly derived.
 */
export const VERSION_SHARE = 0.7;
/**
 * A version takes little from elsewhere: at most this share of its text may come from other sources (a wire copy
 * with a paragraph of another report is still a version; a page half from each of two reports is a digest).
 */
export const ELSEWHERE_MAX = 0.25;
/** A rewrite that takes at least this share of its text from one source, and twice as much as from any other, is partly derived from it. */
export const PARTIAL_SHARE = 0.3;
export const PARTIAL_DOMINANCE = 2;
/** A source must add at least this share of an article's text to count at all (a shared sentence or two of a report). */
export const MIN_SOURCE_GAIN = 0.05;
/** A page whose text comes from at least two reports, together this much of it, none dominant, is a digest: linked to each, a member of none. */
export const DIGEST_MIN_SOURCES = 2;
export const DIGEST_MIN_COVER = 0.5;
/** Reports sharing at least this share of one's text are linked as related (across stories). */
export const RELATED_SHARE = 0.1;
/** At least this many shared fingerprints (about 60 letters, a dozen words) before any relation: no stock phrase reaches it. */
export const MIN_SHARED = 6;
/**
 * Text found in this many different stories (an embedded post, a famous quotation, a transcript quoted in part, a
 * site's promo) proves nothing about derivation: it no longer counts as evidence once stories are first drawn.
 */
export const WIDESPREAD_STORIES = 3;
/** Versions are republished within days; two texts further apart than this are separate reports however alike. */
export const VERSION_MAX_DAYS = 14;
/**
 * A version keeps figures of its source: when both have at least NUMBERS_CHECKED distinct numbers and they share fewer
 * than a third of the smaller set, one is a new report on the same template ("gold closed at …"), not a version.
 * Low enough for an update that keeps half its source's paragraphs and adds new ones with figures of their own.
 */
export const NUMBER_AGREEMENT_MIN = 0.34;
export const NUMBERS_CHECKED = 3;
/** Copies: each carries at least this share of the other. Trimmed: the version is this much inside its parent, not the reverse. */
export const COPY_SHARE = 0.9;

export type Derivation = 'reference' | 'copy' | 'trimmed' | 'update' | 'edited' | 'partial';

export interface Member {
  article: string;
  /** The version this one derives from most directly (null for the reference). */
  parent: string | null;
  derivation: Derivation;
  /** Share of this article's text found in its parent (1 for the reference). */
  coverage: number;
}

export interface TextLink {
  /** The older version (or the parent, when dates do not tell), then the newer. */
  a: string;
  b: string;
  relation: 'version' | 'partial';
  /** The larger of the two shares of text found in the other. */
  strength: number;
  sharedShingles: number;
}

/** Another story whose text this story's article shares in part. */
export interface RelatedLink {
  article: string;
  other: string;
  story: string;
  /** Share of `article`'s text found in `other`. */
  share: number;
}

export interface StoryGroup {
  id: string;
  title: string | null;
  kind: 'report' | 'digest';
  articles: string[];
  reference: string;
  members: Member[];
  links: TextLink[];
  related: RelatedLink[];
  versionGroups: string[][];
  pinned: boolean;
}

class UnionFind {
  parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
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

const DAY_MS = 86_400_000;
function daysApart(a: string | null, b: string | null): number | null {
  return a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS : null;
}

function numbersOf(article: Article): Set<string> {
  const out = new Set<string>();
  for (const b of article.blocks) if (b.kind === 'body') for (const t of tokenize(b.text)) if (/\d/.test(t.text)) out.add(t.text);
  return out;
}

/** The host of a URL without "www.", else the outlet name: what one site's pages have in common. */
function siteOf(article: Article): string | null {
  if (article.url) {
    try {
      return new URL(article.url).hostname.replace(/^www\./, '');
    } catch {
      /* no host: fall back to the outlet name */
    }
  }
  return article.outlet;
}

interface Evidence {
  index: FingerprintIndex;
  candidates: Candidate[][];
  sources: Source[][];
}

function gather(index: FingerprintIndex, counts: Counts = () => true): Evidence {
  const n = index.prints.length;
  const scratch = scratchFor(n);
  const candidates = Array.from({ length: n }, (_, d) => index.candidates(d, scratch, counts).filter((c) => c.shared >= MIN_SHARED));
  const sources = candidates.map((c, d) => decompose(index, d, c, counts, MIN_SOURCE_GAIN));
  return { index, candidates, sources };
}

function isDigest(sources: Source[]): boolean {
  const counted = sources.filter((s) => s.gain >= MIN_SOURCE_GAIN);
  const total = counted.reduce((t, s) => t + s.gain, 0);
  const [first, second] = counted;
  const dominant = first !== undefined && first.gain >= PARTIAL_SHARE && first.gain >= PARTIAL_DOMINANCE * (second?.gain ?? 0);
  return counted.length >= DIGEST_MIN_SOURCES && total >= DIGEST_MIN_COVER && !dominant;
}

/**
 * Partial derivations made consistent. Of two texts each partly found in the other, the earlier (then the longer) is
 * the source, and its own edge to the other goes. A short text found whole in a longer one is that one's trimmed copy,
 * never its source. And a rewrite's own text is not its source's: a partial derivation hangs only from an article that
 * is not itself partly derived (its main source or a copy of it), or from nothing.
 */
function settlePartials(edges: (Edge | null)[], candidates: (d: number) => Candidate[], articles: Article[]): (Edge | null)[] {
  const share = (d: number, o: number) => candidates(d).find((c) => c.other === o)?.coverage ?? 0;
  const targets = (e: Edge) => [e.to, ...e.also];
  const oneWay = edges.map((e, d) => {
    if (!e || e.relation !== 'partial') return e;
    const back = targets(e).some((o) => edges[o] && targets(edges[o]!).includes(d) && source(articles[d]!, articles[o]!));
    return back ? null : e;
  });
  return oneWay.map((e, d) => {
    if (!e || e.relation !== 'partial') return e;
    const usable = targets(e).filter((o) => oneWay[o]?.relation !== 'partial' && share(o, d) < VERSION_SHARE);
    return usable.length ? { ...e, to: usable[0]!, also: usable.slice(1) } : null;
  });
}

/** Whether `x` rather than `y` is the source of two texts derived one from the other: the earlier, then the longer, then by id. */
function source(x: Article, y: Article): boolean {
  if (dated(x, y)) return earlier(x, y) < 0;
  return x.bodyWords !== y.bodyWords ? x.bodyWords > y.bodyWords : compareCodeUnits(x.id, y.id) < 0;
}

/** Dates and figures agree enough for `article` to be a version of `source` (see VERSION_MAX_DAYS, NUMBER_AGREEMENT_MIN). */
function mayDerive(article: Article, source: Article, own: Set<string>, theirs: Set<string>): boolean {
  const apart = daysApart(article.published, source.published);
  if (apart !== null && apart > VERSION_MAX_DAYS) return false;
  if (own.size < NUMBERS_CHECKED || theirs.size < NUMBERS_CHECKED) return true;
  let kept = 0;
  for (const n of own) if (theirs.has(n)) kept++;
  return kept / Math.min(own.size, theirs.size) >= NUMBER_AGREEMENT_MIN;
}

/**
 * Other candidates carrying within this share as much of a version as its main source are copies of that source
 * (they differ by a promo line or a caption): the version joins them all. A page that carries much less of it (a
 * longer report that quotes it) is no copy of its source, and is not joined through it.
 */
export const SAME_SOURCE_MARGIN = 0.1;

interface Edge {
  to: number;
  relation: 'version' | 'partial';
  /** Every other candidate that carries as much of it as its main source (the source's copies), so copies join up. */
  also: number[];
}

/**
 * The derivation an article's sources give it: a version of its main source (and of that source's copies), partly
 * derived from it, or none. `allowed(other)` says whether an article may be a parent (digests may not).
 */
function edgeOf(d: number, sources: Source[], candidates: Candidate[], articles: Article[], numbers: Set<string>[], allowed: (o: number) => boolean): Edge | null {
  const usable = sources.filter((s) => allowed(s.other));
  const [first, second] = usable;
  if (!first || !mayDerive(articles[d]!, articles[first.other]!, numbers[d]!, numbers[first.other]!)) return null;
  const elsewhere = usable.slice(1).reduce((t, s) => t + s.gain, 0);
  if (first.gain >= VERSION_SHARE && elsewhere <= ELSEWHERE_MAX) {
    const main = candidates.find((c) => c.other === first.other)?.coverage ?? first.gain;
    const also = candidates
      .filter((c) => c.other !== first.other && c.coverage >= Math.max(VERSION_SHARE, main - SAME_SOURCE_MARGIN) && allowed(c.other) && mayDerive(articles[d]!, articles[c.other]!, numbers[d]!, numbers[c.other]!))
      .map((c) => c.other);
    return { to: first.other, relation: 'version', also };
  }
  if (first.gain >= PARTIAL_SHARE && first.gain >= PARTIAL_DOMINANCE * (second?.gain ?? 0)) {
    const main = candidates.find((c) => c.other === first.other)?.coverage ?? first.gain;
    const also = candidates.filter((c) => c.other !== first.other && c.coverage >= Math.max(PARTIAL_SHARE, main - SAME_SOURCE_MARGIN) && allowed(c.other)).map((c) => c.other);
    return { to: first.other, relation: 'partial', also };
  }
  return null;
}

/**
 * Stories, every article in exactly one. A front-matter `story:` pin puts articles in the named story whatever their
 * text, and text never joins two differently pinned articles.
 */
export function groupStories(input: Article[]): StoryGroup[] {
  const articles = [...input].sort((x, y) => compareCodeUnits(x.id, y.id));
  const n = articles.length;
  const numbers = articles.map(numbersOf);

  // First drawing: every fingerprint counts. The stories drawn from versions alone show which text is widespread.
  const index = new FingerprintIndex(articles.map(fingerprints));
  const first = gather(index);
  const digest = first.sources.map(isDigest);
  const draft = new UnionFind(n);
  const draftEdges = articles.map((_, d) => (digest[d] ? null : edgeOf(d, first.sources[d]!, first.candidates[d]!, articles, numbers, (o) => !digest[o])));
  settlePartials(draftEdges, (d) => first.candidates[d]!, articles).forEach((e, d) => {
    if (e) for (const o of [e.to, ...e.also]) draft.union(d, o);
  });
  const storiesOfRun = new Int32Array(index.runStart.length - 1);
  const seen = new Set<number>();
  for (let r = 0; r + 1 < index.runStart.length; r++) {
    if (index.df(r) > index.maxDf) continue;
    seen.clear();
    for (let e = index.runStart[r]!; e < index.runStart[r + 1]!; e++) {
      const d = index.docs[e]!;
      if (!digest[d]) seen.add(draft.find(d));
    }
    storiesOfRun[r] = seen.size;
  }
  // Second drawing: between articles of different first stories, widespread text is no evidence.
  const second = gather(index, (run, d, o) => storiesOfRun[run]! < WIDESPREAD_STORIES || draft.find(d) === draft.find(o));
  const sourcesOf = (d: number) => second.sources[d]!;
  const candidatesOf = (d: number) => second.candidates[d]!;

  const isDigestFinal = articles.map((_, d) => isDigest(sourcesOf(d)));
  const edges = articles.map((_, d) => {
    if (isDigestFinal[d]) return null;
    const e = edgeOf(d, sourcesOf(d), candidatesOf(d), articles, numbers, (o) => !isDigestFinal[o]);
    // The first drawing's derivations stand (widespread text can only have made a related link, never one of them);
    // the second adds what setting that text aside reveals.
    const kept = draftEdges[d];
    if (kept && e?.relation !== 'version' && !isDigestFinal[kept.to]) return { ...kept, also: kept.also.filter((o) => !isDigestFinal[o]) };
    return e;
  });
  const finalEdges = settlePartials(edges, candidatesOf, articles);

  const uf = new UnionFind(n);
  const pinOf = new Map<number, string>();
  const firstWithPin = new Map<string, number>();
  articles.forEach((a, i) => {
    if (!a.storyPin) return;
    const at = firstWithPin.get(a.storyPin);
    if (at === undefined) firstWithPin.set(a.storyPin, i);
    pinOf.set(uf.union(i, at ?? i), a.storyPin);
  });
  // Strongest evidence first, so a pin conflict drops the weaker edge.
  const order = finalEdges
    .map((e, d) => ({ e, d, gain: sourcesOf(d)[0]?.gain ?? 0 }))
    .filter((x) => x.e !== null)
    .sort((x, y) => y.gain - x.gain || x.d - y.d);
  for (const { e, d } of order) {
    for (const to of [e!.to, ...e!.also]) {
      const [ra, rb] = [uf.find(d), uf.find(to)];
      if (ra === rb) continue;
      const [pa, pb] = [pinOf.get(ra), pinOf.get(rb)];
      if (pa && pb && pa !== pb) {
        if (to === e!.to) finalEdges[d] = null;
        continue;
      }
      const root = uf.union(ra, rb);
      pinOf.delete(ra);
      pinOf.delete(rb);
      if (pa ?? pb) pinOf.set(root, (pa ?? pb)!);
    }
  }

  const membersOf = new Map<number, number[]>();
  for (let d = 0; d < n; d++) {
    const r = uf.find(d);
    if (!membersOf.has(r)) membersOf.set(r, []);
    membersOf.get(r)!.push(d);
  }
  const storyIndexOf = new Int32Array(n);
  const groups: { root: number; idx: number[] }[] = [...membersOf].map(([root, idx]) => ({ root, idx }));
  groups.forEach((g, k) => g.idx.forEach((d) => (storyIndexOf[d] = k)));

  const usedIds = new Set<string>(firstWithPin.keys());
  const built = groups.map(({ root, idx }) => {
    const arts = idx.map((d) => articles[d]!);
    const pin = pinOf.get(root) ?? null;
    const byDate = [...idx].sort((x, y) => earlier(articles[x]!, articles[y]!));
    let id = pin ?? articles[byDate[0]!]!.id;
    if (!pin) {
      for (let s = 2; usedIds.has(id); s++) id = `${articles[byDate[0]!]!.id}-${s}`;
      usedIds.add(id);
    }
    return { id, root, idx, arts, pin, byDate };
  });
  const storyIdOf = (d: number) => built[storyIndexOf[d]!]!.id;

  const stories = built.map(({ id, idx, arts, pin, byDate }) => {
    const inStory = new Set(idx);
    const versions = idx.filter((d) => finalEdges[d]?.relation !== 'partial' || !inStory.has(finalEdges[d]!.to));
    const reference = chooseReference(versions.length ? versions : idx, articles);
    const coverageOf = (d: number, o: number) => candidatesOf(d).find((c) => c.other === o);
    const members: Member[] = [];
    const links = new Map<string, TextLink>();
    const link = (x: number, y: number, relation: 'version' | 'partial') => {
      // Older → newer when the dates tell; otherwise the parent (or reference) first.
      const [older, newer] = dated(articles[x]!, articles[y]!) && earlier(articles[y]!, articles[x]!) < 0 ? [y, x] : [x, y];
      const key = `${Math.min(x, y)} ${Math.max(x, y)}`;
      if (links.has(key)) return;
      const xy = coverageOf(x, y);
      const yx = coverageOf(y, x);
      links.set(key, {
        a: articles[older]!.id,
        b: articles[newer]!.id,
        relation,
        strength: Math.max(xy?.coverage ?? 0, yx?.coverage ?? 0),
        sharedShingles: Math.max(xy?.shared ?? 0, yx?.shared ?? 0),
      });
    };
    for (const d of [...idx].sort((x, y) => earlier(articles[x]!, articles[y]!))) {
      if (d === reference) {
        members.push({ article: articles[d]!.id, parent: null, derivation: 'reference', coverage: 1 });
        continue;
      }
      const partial = finalEdges[d]?.relation === 'partial';
      const inside = candidatesOf(d).filter((c) => inStory.has(c.other));
      // A parent is never published after its child: with no earlier relative, a version hangs from the reference.
      const notLater = inside.filter((c) => earlier(articles[c.other]!, articles[d]!) <= 0);
      const parent = partial ? finalEdges[d]!.to : (notLater[0]?.other ?? reference);
      const toParent = coverageOf(d, parent);
      const fromParent = coverageOf(parent, d);
      const relation = partial ? 'partial' : 'version';
      members.push({
        article: articles[d]!.id,
        parent: articles[parent]!.id,
        derivation: derivationOf(articles[d]!, articles[parent]!, toParent?.coverage ?? 0, fromParent?.coverage ?? 0, partial),
        coverage: toParent?.coverage ?? 0,
      });
      link(parent, d, relation);
      if (parent !== reference) link(reference, d, relation);
    }
    const related = new Map<string, RelatedLink>();
    for (const d of idx) {
      for (const s of sourcesOf(d)) {
        if (inStory.has(s.other) || s.gain < (isDigestFinal[d] ? MIN_SOURCE_GAIN : RELATED_SHARE)) continue;
        const other = articles[s.other]!;
        const key = `${articles[d]!.id} ${other.id}`;
        related.set(key, { article: articles[d]!.id, other: other.id, story: storyIdOf(s.other), share: s.gain });
      }
    }
    const versionRoots = new UnionFind(n);
    for (const d of idx) {
      const e = finalEdges[d];
      if (e?.relation === 'version' && inStory.has(e.to)) versionRoots.union(d, e.to);
    }
    const groupsOfVersions = new Map<number, string[]>();
    for (const d of [...idx].sort((x, y) => x - y)) {
      const r = versionRoots.find(d);
      if (!groupsOfVersions.has(r)) groupsOfVersions.set(r, []);
      groupsOfVersions.get(r)!.push(articles[d]!.id);
    }
    const titled = [articles[reference]!, ...byDate.map((d) => articles[d]!)].find((a) => a.headline);
    return {
      id,
      title: titled?.headline ?? null,
      kind: idx.length === 1 && isDigestFinal[idx[0]!] ? ('digest' as const) : ('report' as const),
      articles: arts.map((a) => a.id),
      reference: articles[reference]!.id,
      members,
      links: [...links.values()].sort((x, y) => compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b)),
      related: [...related.values()].sort((x, y) => compareCodeUnits(x.article, y.article) || compareCodeUnits(x.other, y.other)),
      versionGroups: [...groupsOfVersions.values()].sort((x, y) => compareCodeUnits(x[0]!, y[0]!)),
      pinned: pin !== null,
    };
  });
  return stories.sort((x, y) => compareCodeUnits(x.id, y.id));
}

function dated(x: Article, y: Article): boolean {
  return x.published !== null && y.published !== null && x.published !== y.published;
}

/** Earlier publication first; undated after dated; then by id. */
function earlier(x: Article, y: Article): number {
  return compareCodeUnits(x.published ?? '\uffff', y.published ?? '\uffff') || compareCodeUnits(x.id, y.id);
}

/**
 * The reference text: the fullest, earliest version. Among the versions at least REFERENCE_FULLNESS as long as the
 * longest, the earliest published (then the longest, then by id): an agency's first full copy rather than a later
 * page that added a paragraph, and never a trimmed brief.
 */
export const REFERENCE_FULLNESS = 0.75;
function chooseReference(idx: number[], articles: Article[]): number {
  const longest = Math.max(...idx.map((d) => articles[d]!.bodyWords));
  const full = idx.filter((d) => articles[d]!.bodyWords >= REFERENCE_FULLNESS * longest);
  return full.sort((x, y) => {
    const [a, b] = [articles[x]!, articles[y]!];
    return compareCodeUnits(a.published ?? '\uffff', b.published ?? '\uffff') || b.bodyWords - a.bodyWords || compareCodeUnits(a.id, b.id);
  })[0]!;
}

function derivationOf(article: Article, parent: Article, toParent: number, fromParent: number, partial: boolean): Derivation {
  if (partial) return 'partial';
  if (toParent >= COPY_SHARE && fromParent >= COPY_SHARE) return 'copy';
  if (toParent >= COPY_SHARE) return 'trimmed';
  const sameSite = siteOf(article) !== null && siteOf(article) === siteOf(parent);
  if (sameSite && article.published !== null && parent.published !== null && article.published >= parent.published) return 'update';
  return 'edited';
}
