// Groups the quotations of one story across its articles: the same words (exact), the same quotation with small
// wording changes (variant, with a word diff), a shorter piece of a longer quotation by the same speaker
// (contained), and a likely different rendering of the same remark (translation, lower confidence, kept apart).
import { createHash } from 'node:crypto';
import { contentWords } from './contentWords.ts';
import { diffTokens } from './diffTokens.ts';
import { normalizePunctuation, styleKey } from './normalizeStyle.ts';
import type { QuoteGroup, QuoteKind, QuoteOccurrence } from './quoteSchema.ts';
import { words } from './words.ts';

/** An occurrence before grouping: everything but how it matches its group. */
export type QuoteSighting = Omit<QuoteOccurrence, 'match' | 'diff'> & { outlet: string };

/** A variant differs from the canonical wording in at most this share of its words... */
const VARIANT_MAX_CHANGED = 0.25;
/** ...and neither is much longer than the other (a longer one would be containment, not a variant). */
const VARIANT_MIN_LENGTH_RATIO = 0.75;
/** A fragment without a known speaker joins a longer quotation only when it has at least this many words: two words ("no limits") recur by chance. */
const CONTAINED_UNATTRIBUTED_MIN_WORDS = 4;
/** Share of the shorter remark's content (weighted by rarity in the story) that a translation must share... */
const TRANSLATION_MIN_OVERLAP = 0.5;
/** ...in at least this many distinct content words. */
const TRANSLATION_MIN_SHARED = 3;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The words of a quotation with quote marks, punctuation, case and house spelling set aside. */
export function quoteKey(text: string): string[] {
  return words(normalizePunctuation(text)).map(styleKey);
}

/** Canonical wording as printed, without the comma or colon that only led into the attribution. */
function canonicalText(text: string): string {
  return text.replace(/[\s,;:]+$/u, '');
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  return (' ' + haystack.join(' ') + ' ').includes(' ' + needle.join(' ') + ' ');
}

/** Singular and plural as one word ("initiative"/"initiatives"), enough to compare two renderings of a remark. */
function stem(w: string): string {
  const k = styleKey(w);
  return k.length > 4 ? k.replace(/ies$/u, 'y').replace(/([^s])s$/u, '$1') : k;
}

interface Cluster {
  key: string[];
  speaker: string | null;
  sightings: QuoteSighting[];
}

interface Draft {
  cluster: Cluster;
  text: string;
  kind: QuoteKind;
  members: { s: QuoteSighting; match: QuoteOccurrence['match']; diff?: QuoteOccurrence['diff'] }[];
  translationOf?: Draft;
  confidence?: number;
}

function order(a: QuoteSighting, b: QuoteSighting): number {
  return cmp(a.article, b.article) || a.line - b.line || a.start - b.start;
}

function outletsOf(sightings: QuoteSighting[]): string[] {
  return [...new Set(sightings.map((s) => s.outlet))].sort(cmp);
}

/** Exact clusters: one per wording and speaker; occurrences without a speaker join the largest cluster of their wording. */
function exactClusters(sightings: QuoteSighting[]): Cluster[] {
  const byKey = new Map<string, QuoteSighting[]>();
  for (const s of [...sightings].sort(order)) {
    const k = quoteKey(s.text).join(' ');
    if (!k) continue;
    byKey.set(k, [...(byKey.get(k) ?? []), s]);
  }
  const out: Cluster[] = [];
  for (const [k, list] of byKey) {
    const speakers = [...new Set(list.map((s) => s.speaker).filter((x): x is string => x !== null))].sort(cmp);
    if (speakers.length <= 1) {
      out.push({ key: k.split(' '), speaker: speakers[0] ?? null, sightings: list });
      continue;
    }
    const parts = speakers.map((sp) => ({ key: k.split(' '), speaker: sp, sightings: list.filter((s) => s.speaker === sp) }));
    const largest = parts.reduce((best, p) => (p.sightings.length > best.sightings.length ? p : best));
    largest.sightings.push(...list.filter((s) => s.speaker === null));
    largest.sightings.sort(order);
    out.push(...parts);
  }
  return out.sort(
    (a, b) =>
      b.key.length - a.key.length ||
      outletsOf(b.sightings).length - outletsOf(a.sightings).length ||
      cmp(a.key.join(' '), b.key.join(' ')) ||
      cmp(a.speaker ?? '', b.speaker ?? ''),
  );
}

/** The wording most of the cluster's occurrences print, earliest first on a tie. */
function representative(c: Cluster): QuoteSighting {
  const counts = new Map<string, number>();
  for (const s of c.sightings) counts.set(canonicalText(s.text), (counts.get(canonicalText(s.text)) ?? 0) + 1);
  let best = c.sightings[0]!;
  for (const s of c.sightings) if (counts.get(canonicalText(s.text))! > counts.get(canonicalText(best.text))!) best = s;
  return best;
}

function majorityKind(c: Cluster): QuoteKind {
  const statements = c.sightings.filter((s) => s.kind === 'statement').length;
  return statements * 2 >= c.sightings.length ? 'statement' : 'fragment';
}

/** The word diff from `a` to `b` when they are one quotation with small wording changes, else null. */
function variantDiff(a: string, b: string, aLen: number, bLen: number): QuoteOccurrence['diff'] | null {
  if (Math.min(aLen, bLen) / Math.max(aLen, bLen) < VARIANT_MIN_LENGTH_RATIO) return null;
  const diff = diffTokens(canonicalText(a), canonicalText(b), { maxEditLength: Math.ceil(Math.max(aLen, bLen) * VARIANT_MAX_CHANGED * 2) + 2 });
  if (!diff) return null;
  const changed = (op: 'removed' | 'added') =>
    diff.filter((d) => d.op === op && !d.style).reduce((n, d) => n + words(d.text).length, 0);
  const most = Math.max(changed('removed'), changed('added'));
  return most / Math.max(aLen, bLen) <= VARIANT_MAX_CHANGED ? diff : null;
}

function speakersAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * Groups the sightings of one story. `storyTexts` (the story's paragraphs) weigh words by rarity, so two remarks
 * about "Ukraine" and "China" in a story about both are not taken for translations of each other.
 */
export function groupQuotes(story: string, sightings: QuoteSighting[], storyTexts: string[]): QuoteGroup[] {
  const drafts: Draft[] = [];
  for (const c of exactClusters(sightings)) {
    const rep = representative(c);
    const canJoin = (d: Draft) =>
      c.speaker !== null ? d.cluster.speaker === c.speaker : c.key.length >= CONTAINED_UNATTRIBUTED_MIN_WORDS;
    const hosts = drafts.filter(
      (d) => canJoin(d) && (containsRun(d.cluster.key, c.key) || d.members.some((m) => containsRun(quoteKey(m.s.text), c.key))),
    );
    const host = hosts.sort((a, b) => outletsOf(b.members.map((m) => m.s)).length - outletsOf(a.members.map((m) => m.s)).length)[0];
    if (host) {
      for (const s of c.sightings) host.members.push({ s, match: 'contained' });
      continue;
    }
    const variantOf = drafts
      .filter((d) => !d.translationOf && speakersAgree(d.cluster.speaker, c.speaker))
      .map((d) => ({ d, diff: variantDiff(d.text, rep.text, d.cluster.key.length, c.key.length) }))
      .find((x) => x.diff);
    if (variantOf) {
      for (const s of c.sightings) {
        variantOf.d.members.push({ s, match: 'variant', diff: diffTokens(variantOf.d.text, canonicalText(s.text)) ?? undefined });
      }
      continue;
    }
    drafts.push({
      cluster: c,
      text: canonicalText(rep.text),
      kind: majorityKind(c),
      members: c.sightings.map((s) => ({ s, match: 'exact' as const })),
    });
  }
  linkTranslations(drafts, storyTexts);
  return drafts.map((d) => toGroup(story, d));
}

/** Marks the less carried of two same-speaker groups with clearly overlapping content as a translation of the other. */
function linkTranslations(drafts: Draft[], storyTexts: string[]): void {
  const df = new Map<string, number>();
  for (const t of storyTexts) for (const w of new Set(contentWords(t).map(stem))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(1, storyTexts.length);
  const weight = (w: string) => Math.log(1 + n / (df.get(w) ?? 1));
  const bag = (d: Draft) => new Set(contentWords(d.text).map(stem));
  const pairs: { child: Draft; parent: Draft; score: number }[] = [];
  for (let i = 0; i < drafts.length; i++) {
    for (let j = i + 1; j < drafts.length; j++) {
      const a = drafts[i]!;
      const b = drafts[j]!;
      if (a.cluster.speaker === null || a.cluster.speaker !== b.cluster.speaker) continue;
      const wa = bag(a);
      const wb = bag(b);
      const shared = [...wa].filter((w) => wb.has(w));
      if (shared.length < TRANSLATION_MIN_SHARED) continue;
      const sum = (s: Iterable<string>) => [...s].reduce((x, w) => x + weight(w), 0);
      const score = sum(shared) / Math.min(sum(wa), sum(wb));
      if (score < TRANSLATION_MIN_OVERLAP) continue;
      const carried = (d: Draft) => outletsOf(d.members.map((m) => m.s)).length;
      const aFirst = carried(a) > carried(b) || (carried(a) === carried(b) && a.cluster.key.length >= b.cluster.key.length);
      pairs.push({ parent: aFirst ? a : b, child: aFirst ? b : a, score: Math.min(1, score) });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const parents = new Set<Draft>();
  for (const p of pairs) {
    if (p.child.translationOf || parents.has(p.child) || p.parent.translationOf) continue;
    p.child.translationOf = p.parent;
    p.child.confidence = Math.round(p.score * 100) / 100;
    parents.add(p.parent);
  }
}

const LOOSENESS: QuoteOccurrence['match'][] = ['exact', 'variant', 'contained'];

function groupId(story: string, d: Draft): string {
  const h = createHash('sha1').update(`${story}\n${d.cluster.speaker ?? ''}\n${d.cluster.key.join(' ')}`).digest('hex');
  return 'q-' + h.slice(0, 10);
}

function toGroup(story: string, d: Draft): QuoteGroup {
  const members = [...d.members].sort((a, b) => order(a.s, b.s));
  const match = d.translationOf
    ? 'translation'
    : LOOSENESS[Math.max(...members.map((m) => LOOSENESS.indexOf(m.match)))]!;
  return {
    id: groupId(story, d),
    story,
    speaker: d.cluster.speaker,
    text: d.text,
    kind: d.kind,
    match,
    ...(d.translationOf ? { translationOf: groupId(story, d.translationOf), confidence: d.confidence! } : {}),
    articles: [...new Set(members.map((m) => m.s.article))].sort(cmp),
    outlets: outletsOf(members.map((m) => m.s)),
    occurrences: members.map(({ s, match: m, diff }) => {
      const { outlet: _outlet, ...occ } = s;
      return { ...occ, match: m, ...(diff ? { diff } : {}) };
    }),
  };
}
