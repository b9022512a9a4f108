// Groups the quotations of every article across the whole collection: the same words (exact), the same quotation
// with small wording changes (variant, with a word diff), a shorter piece of a longer quotation by the same speaker
// (contained), and a likely different rendering of the same remark (translation, lower confidence, kept apart).
// Speakers are resolved story by story, so across stories only a canonical name both sides agree on links two
// quotations; an unknown speaker links across stories only through the very same words, and so does a surname its
// story left alone ("Cooper") with the one full name ("Yvette Cooper") that says those words elsewhere.
import { createHash } from 'node:crypto';
import { contentWords } from '../text/contentWords.ts';
import { diffTokenize, diffTokens, wordStyleKey } from '../text/wordDiff.ts';
import { quoteKey, styleKey } from '../text/normalizeStyle.ts';
import type { QuoteGroup, QuoteKind, QuoteOccurrence } from '../records/quote.ts';
import { words } from '../text/tokens.ts';
import { compareCodeUnits } from '../text/order.ts';

/** An occurrence before grouping: everything but how it matches its group. */
export type QuoteSighting = Omit<QuoteOccurrence, 'match' | 'diff'> & { outlet: string; story: string };

/** A variant differs from the canonical wording in at most this share of its words... */
const VARIANT_MAX_CHANGED = 0.25;
/** ...and neither is much longer than the other (a longer one would be containment, not a variant). */
const VARIANT_MIN_LENGTH_RATIO = 0.75;
/** A fragment without a known speaker joins a longer quotation only when it has at least this many words: two words ("no limits") recur by chance. */
const CONTAINED_UNATTRIBUTED_MIN_WORDS = 4;
/**
 * Words the same quotation must have to join across stories when no speaker is named: one scare-quoted word
 * ("invasion") is the writer's word choice, and unrelated stories share it by chance.
 */
const UNATTRIBUTED_ACROSS_STORIES_MIN_WORDS = 2;
/**
 * Words a quotation must have for the same words from a full name in another story to say who a lone surname is, as
 * for UNATTRIBUTED_ACROSS_STORIES_MIN_WORDS: one scare-quoted word recurs by chance. At 5,000 captures of real news
 * (scripts/bench/realCorpus.ts) it names one story's "Cooper" (five quotations) "Yvette Cooper", rightly; a one-word
 * minimum names no other.
 */
const SURNAME_BY_WORDS_MIN_WORDS = 2;
/** Share of the shorter remark's content (weighted by rarity in the stories the two span) that a translation must share... */
const TRANSLATION_MIN_OVERLAP = 0.5;
/** ...in at least this many distinct content words. */
const TRANSLATION_MIN_SHARED = 3;



/** Canonical wording as printed, without the comma or colon that only led into the attribution. */
function canonicalText(text: string): string {
  return text.replace(/[\s,;:]+$/u, '');
}

/** A quotation's key words between spaces, so that `includes` finds a run of whole words. */
function padded(key: string[]): string {
  return ' ' + key.join(' ') + ' ';
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

type Member = { s: QuoteSighting; match: QuoteOccurrence['match']; diff?: QuoteOccurrence['diff'] };

interface Draft {
  /** Position among the drafts: earlier drafts are tried first. */
  n: number;
  cluster: Cluster;
  /** The one named speaker among the members, or null: set when a named quotation joins an unattributed one. */
  speaker: string | null;
  text: string;
  kind: QuoteKind;
  members: Member[];
  /** The members' keys (see `padded`), the words of those keys, and the stories, kept as members join. */
  keys: Set<string>;
  keyWords: Set<string>;
  stories: Set<string>;
  translationOf?: Draft;
  confidence?: number;
}

function order(a: QuoteSighting, b: QuoteSighting): number {
  return compareCodeUnits(a.article, b.article) || a.line - b.line || a.start - b.start;
}

function outletsOf(sightings: QuoteSighting[]): string[] {
  return [...new Set(sightings.map((s) => s.outlet))].sort(compareCodeUnits);
}

function namesOf(sightings: QuoteSighting[]): string[] {
  return [...new Set(sightings.map((s) => s.speaker).filter((x): x is string => x !== null))].sort(compareCodeUnits);
}

/**
 * Exact clusters: one per wording and named speaker, across all stories. An occurrence without a speaker takes the
 * one speaker who says these words in its story, else the one who says them anywhere; when that is ambiguous it
 * stays in a cluster without a speaker rather than being given a guessed one.
 */
function exactClusters(sightings: QuoteSighting[]): Cluster[] {
  const byKey = new Map<string, QuoteSighting[]>();
  for (const s of [...sightings].sort(order)) {
    const k = quoteKey(s.text).join(' ');
    if (!k) continue;
    const list = byKey.get(k);
    if (list) list.push(s);
    else byKey.set(k, [s]);
  }
  const out: Cluster[] = [];
  for (const [k, list] of byKey) {
    const key = k.split(' ');
    const everywhere = namesOf(list);
    // A famous line carried by thousands of captures: each story's speakers are gathered once, not per occurrence.
    const byStory = new Map<string, QuoteSighting[]>();
    for (const s of list) {
      const same = byStory.get(s.story);
      if (same) same.push(s);
      else byStory.set(s.story, [s]);
    }
    const namesByStory = new Map([...byStory].map(([story, xs]) => [story, namesOf(xs)]));
    const clusters = new Map<string, Cluster>();
    for (const s of list) {
      const here = namesByStory.get(s.story)!;
      const speaker =
        s.speaker ??
        (here.length === 1 ? here[0]! : null) ??
        (everywhere.length === 1 && key.length >= UNATTRIBUTED_ACROSS_STORIES_MIN_WORDS ? everywhere[0]! : null);
      // Named clusters and long unattributed ones span stories; a short unattributed one stays in its story.
      const id =
        speaker !== null ? `n:${speaker}` : key.length >= UNATTRIBUTED_ACROSS_STORIES_MIN_WORDS ? 'u:' : `u:${s.story}`;
      const c = clusters.get(id) ?? { key, speaker, sightings: [] };
      c.sightings.push(s);
      clusters.set(id, c);
    }
    out.push(...clusters.values());
  }
  return out.sort(
    (a, b) =>
      b.key.length - a.key.length ||
      outletsOf(b.sightings).length - outletsOf(a.sightings).length ||
      compareCodeUnits(a.key.join(' '), b.key.join(' ')) ||
      compareCodeUnits(a.speaker ?? '', b.speaker ?? '') ||
      order(a.sightings[0]!, b.sightings[0]!),
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
  if (c.sightings[0]!.kind === 'reported') return 'reported';
  const statements = c.sightings.filter((s) => s.kind === 'statement').length;
  return statements * 2 >= c.sightings.length ? 'statement' : 'fragment';
}

/** A text's words as the word diff counts and keys them: the unit of VARIANT_MAX_CHANGED. */
interface WordBag {
  count: number;
  /** Each word's diff key, with how often it occurs. */
  keys: Map<string, number>;
  /** Each word's style key (wordStyleKey), with how often it occurs: what an unchanged word shares with its variant. */
  styles: Map<string, number>;
}

function wordBagOf(text: string): WordBag {
  const keys = new Map<string, number>();
  const styles = new Map<string, number>();
  let count = 0;
  for (const t of diffTokenize(canonicalText(text))) {
    if (!t.word) continue;
    count++;
    keys.set(t.key, (keys.get(t.key) ?? 0) + 1);
    const style = wordStyleKey(t.core);
    styles.set(style, (styles.get(style) ?? 0) + 1);
  }
  return { count, keys, styles };
}

/** Words both texts hold under the keys of `a` and `b` (diff keys or style keys), counted as often as both hold them. */
function sharedWords(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, x] of a) n += Math.min(x, b.get(k) ?? 0);
  return n;
}

function lengthsMayVary(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.min(a, b) / Math.max(a, b) >= VARIANT_MIN_LENGTH_RATIO;
}

/** Most token edits the word diff of two variants of `a` and `b` words may need before it is abandoned. */
function variantEditBudget(a: number, b: number): number {
  return Math.ceil(Math.max(a, b) * VARIANT_MAX_CHANGED * 2) + 2;
}

/**
 * Fewest words a quotation shares, by style key, with a variant of it when the longer of the two has `longer` words: a
 * variant changes at most VARIANT_MAX_CHANGED of those, so each side keeps the rest, unchanged or changed in style
 * alone, word for word. More words allow no fewer kept, so a quotation of `a` words shares at least keptAtLeast(a)
 * with any variant. (A compound one side writes in two words, "per cent"/"percent", counts here as changed: a variant
 * that needs it to stay within VARIANT_MAX_CHANGED is none.)
 */
function keptAtLeast(longer: number): number {
  return longer - Math.floor(longer * VARIANT_MAX_CHANGED);
}

/** The word diff from `a` to `b` when they are one quotation with small wording changes, else null. */
function variantDiff(a: string, b: string, bags: (text: string) => WordBag): QuoteOccurrence['diff'] | null {
  const wa = bags(a);
  const wb = bags(b);
  if (!lengthsMayVary(wa.count, wb.count)) return null;
  const budget = variantEditBudget(wa.count, wb.count);
  // Each word one side lacks costs an edit, and too few words kept make no variant: most pairs of different
  // quotations stop here, before any diff is run.
  if (wa.count + wb.count - 2 * sharedWords(wa.keys, wb.keys) > budget) return null;
  if (sharedWords(wa.styles, wb.styles) < keptAtLeast(Math.max(wa.count, wb.count))) return null;
  const diff = diffTokens(canonicalText(a), canonicalText(b), { maxEditLength: budget });
  if (!diff) return null;
  const changed = (op: 'removed' | 'added') =>
    diff.filter((d) => d.op === op && !d.style).reduce((n, d) => n + words(d.text).length, 0);
  const most = Math.max(changed('removed'), changed('added'));
  return most / Math.max(wa.count, wb.count) <= VARIANT_MAX_CHANGED ? diff : null;
}

/**
 * Whether a cluster may join a draft as a variant or a contained quotation: the same canonical name anywhere in the
 * collection; without a name on one side, or with a description for one, only inside the stories the draft already
 * spans, where one alias table resolved both.
 */
function related(d: Draft, c: Cluster): boolean {
  if (d.speaker !== null && c.speaker !== null && d.speaker !== c.speaker) return false;
  // A description ("the president", "officials", "a resident") names nobody beyond its story: as unattributed words do,
  // it links only inside the stories the draft spans.
  if (d.speaker !== null && c.speaker !== null && !c.sightings.some((s) => s.speakerDescribed)) return true;
  return c.sightings.every((s) => d.stories.has(s.story));
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The drafts so far, found by the words they hold: a cluster is compared only with the drafts that share enough of
 * its words to contain it or to be a variant of it, which keeps grouping a whole collection close to linear in the
 * number of quotations, even for a speaker quoted thousands of times in different words.
 */
class Drafts {
  readonly all: Draft[] = [];
  /** A word of a draft's wording (its style key) → the drafts whose wording holds it: where variants are found. */
  private readonly byWordingWord = new Map<string, Draft[]>();
  /** A word of any member's key → the drafts holding it: where the drafts that may contain a quotation are found. */
  private readonly byKeyWord = new Map<string, Draft[]>();

  constructor(private readonly bags: (text: string) => WordBag) {}

  add(c: Cluster, text: string): void {
    const d: Draft = { n: this.all.length, cluster: c, speaker: c.speaker, text, kind: majorityKind(c), members: [], keys: new Set(), keyWords: new Set(), stories: new Set() };
    this.all.push(d);
    const bag = this.bags(text);
    for (const k of bag.styles.keys()) push(this.byWordingWord, k, d);
    for (const s of c.sightings) this.join(d, { s, match: 'exact' });
  }

  join(d: Draft, m: Member): void {
    d.members.push(m);
    const key = quoteKey(m.s.text);
    d.keys.add(padded(key));
    for (const w of key) {
      if (d.keyWords.has(w)) continue;
      d.keyWords.add(w);
      push(this.byKeyWord, w, d);
    }
    d.stories.add(m.s.story);
  }

  /**
   * Whether `c` may join `d` at all: `d` shares the cluster's speaker or spans its first story, and is related to it. A
   * draft that already holds these very words has another speaker: exactClusters kept them apart on purpose.
   */
  private mayJoin(d: Draft, c: Cluster, needle: string): boolean {
    return ((c.speaker !== null && d.speaker === c.speaker) || d.stories.has(c.sightings[0]!.story)) && related(d, c) && !d.keys.has(needle);
  }

  private inOrder(found: Iterable<Draft>, c: Cluster, needle: string): Draft[] {
    return [...found].filter((d) => this.mayJoin(d, c, needle)).sort((a, b) => a.n - b.n);
  }

  /** Drafts that may contain the cluster's words, in the order they were made: each holds the rarest of those words. */
  mayContain(c: Cluster, needle: string): Draft[] {
    let rarest: Draft[] = [];
    c.key.forEach((w, i) => {
      const list = this.byKeyWord.get(w) ?? [];
      if (i === 0 || list.length < rarest.length) rarest = list;
    });
    return this.inOrder(rarest, c, needle);
  }

  /**
   * Drafts that may be variants of `text`, in the order they were made. A variant holds at least keptAtLeast of its
   * words, so it holds one of any larger share of them: the rarest are looked up.
   */
  mayVary(c: Cluster, needle: string, text: string): Draft[] {
    const bag = this.bags(text);
    const least = keptAtLeast(bag.count);
    const found = new Set<Draft>();
    const holders = (k: string) => this.byWordingWord.get(k)?.length ?? 0;
    const rarestFirst = [...bag.styles].sort(([x], [y]) => holders(x) - holders(y) || compareCodeUnits(x, y));
    let covered = 0;
    for (const [k, times] of rarestFirst) {
      if (covered > bag.count - least) break;
      for (const d of this.byWordingWord.get(k) ?? []) found.add(d);
      covered += times;
    }
    return this.inOrder(found, c, needle);
  }
}

/**
 * Groups the sightings of every story. `storyTexts` (each story's paragraphs) weigh words by rarity, so two remarks
 * about "Ukraine" and "China" in a story about both are not taken for translations of each other.
 */
export function groupQuotes(sightings: QuoteSighting[], storyTexts: Map<string, string[]>): QuoteGroup[] {
  const named = fullNamesOfSurnames(sightings);
  // Reported speech is the writer's wording, not the speaker's: it is grouped only with other reported speech.
  const direct = draftGroups(named.filter((s) => s.kind !== 'reported'));
  const reported = draftGroups(named.filter((s) => s.kind === 'reported'));
  linkTranslations(direct, storyTexts);
  const all = [...direct, ...reported];
  const ids = groupIds(all);
  return all.map((d) => toGroup(d, ids));
}

/**
 * A story that names a speaker by surname alone ("Cooper") while other stories print the same words from one full
 * name with that surname ("Yvette Cooper") names that person: its alias table could not tell ("Anderson Cooper" is
 * written as often in the collection), the shared words can. Every quotation of that surname in that story takes the
 * full name, so the story's other quotations join the person's groups too. Two full names with that surname saying
 * those words, or fewer than SURNAME_BY_WORDS_MIN_WORDS words, leave the surname as it is.
 */
function fullNamesOfSurnames(sightings: QuoteSighting[]): QuoteSighting[] {
  const isName = (s: QuoteSighting) => s.speaker !== null && (s.speakerType === 'person' || s.speakerType === 'unknown');
  const byKey = new Map<string, QuoteSighting[]>();
  for (const s of sightings) {
    if (!isName(s)) continue;
    const key = quoteKey(s.text);
    if (key.length >= SURNAME_BY_WORDS_MIN_WORDS) push(byKey, key.join(' '), s);
  }
  /** Story and surname → the full names that say that surname's words elsewhere. */
  const found = new Map<string, Set<string>>();
  for (const list of byKey.values()) {
    /** Surname → full name → the stories where that full name says these words. */
    const full = new Map<string, Map<string, Set<string>>>();
    for (const f of list) {
      if (f.speakerType !== 'person' || !f.speaker!.includes(' ')) continue;
      const surname = f.speaker!.slice(f.speaker!.lastIndexOf(' ') + 1);
      const names = full.get(surname) ?? new Map<string, Set<string>>();
      names.set(f.speaker!, (names.get(f.speaker!) ?? new Set()).add(f.story));
      full.set(surname, names);
    }
    if (!full.size) continue;
    for (const s of list) {
      if (s.speaker!.includes(' ')) continue;
      for (const [name, stories] of full.get(s.speaker!) ?? []) {
        if (stories.size === 1 && stories.has(s.story)) continue;
        const k = `${s.story}\n${s.speaker}`;
        found.set(k, (found.get(k) ?? new Set()).add(name));
      }
    }
  }
  const rename = new Map([...found].filter(([, names]) => names.size === 1).map(([k, names]) => [k, [...names][0]!]));
  if (!rename.size) return sightings;
  return sightings.map((s) => {
    const full = s.speaker !== null && isName(s) ? rename.get(`${s.story}\n${s.speaker}`) : undefined;
    return full ? { ...s, speaker: full, speakerType: 'person' } : s;
  });
}

function draftGroups(sightings: QuoteSighting[]): Draft[] {
  const bagOf = new Map<string, WordBag>();
  const bags = (text: string) => {
    let bag = bagOf.get(text);
    if (!bag) bagOf.set(text, (bag = wordBagOf(text)));
    return bag;
  };
  const drafts = new Drafts(bags);
  for (const c of exactClusters(sightings)) {
    const rep = representative(c);
    const needle = padded(c.key);
    const named = c.speaker !== null;
    const mayHost = (d: Draft) => (named ? d.speaker === c.speaker : c.key.length >= CONTAINED_UNATTRIBUTED_MIN_WORDS);
    const hosts = named || c.key.length >= CONTAINED_UNATTRIBUTED_MIN_WORDS
      ? drafts.mayContain(c, needle).filter((d) => mayHost(d) && [...d.keys].some((k) => k.includes(needle)))
      : [];
    const host = hosts.sort((a, b) => outletsOf(b.members.map((m) => m.s)).length - outletsOf(a.members.map((m) => m.s)).length)[0];
    if (host) {
      for (const s of c.sightings) drafts.join(host, { s, match: 'contained' });
      continue;
    }
    const variantOf = drafts.mayVary(c, needle, rep.text).find((d) => variantDiff(d.text, rep.text, bags));
    if (variantOf) {
      // An unattributed draft takes the speaker of a named quotation that joins it.
      variantOf.speaker ??= c.speaker;
      for (const s of c.sightings) {
        drafts.join(variantOf, { s, match: 'variant', diff: diffTokens(variantOf.text, canonicalText(s.text)) ?? undefined });
      }
      continue;
    }
    drafts.add(c, canonicalText(rep.text));
  }
  return drafts.all;
}

/**
 * Marks the less carried of two same-speaker groups with clearly overlapping content as a translation of the other.
 * The two must share a story (a group spans every story its occurrences come from, so one may reach the other's
 * through an exact or contained occurrence): across unrelated stories a speaker repeats talking points, and overlap of content cannot tell a
 * second rendering of one remark from the same point made on another day.
 */
function linkTranslations(drafts: Draft[], storyTexts: Map<string, string[]>): void {
  const df = new Map<string, Map<string, number>>();
  for (const [story, texts] of storyTexts) {
    const counts = new Map<string, number>();
    for (const t of texts) for (const w of new Set(contentWords(t).map(stem))) counts.set(w, (counts.get(w) ?? 0) + 1);
    df.set(story, counts);
  }
  const bags = new Map(drafts.map((d) => [d, new Set(contentWords(d.text).map(stem))]));
  // Each set of stories' weights, and each draft's total under them, are worked out once: a speaker quoted thousands
  // of times on one template weighs the same words for every pair of its drafts.
  const rarities = new Map<string, { weight: (w: string) => number; sum: (d: Draft, words: Set<string>) => number }>();
  const rarityOver = (spanned: string[]) => {
    const key = spanned.join('\n');
    let r = rarities.get(key);
    if (!r) {
      const n = Math.max(1, spanned.reduce((t, x) => t + (storyTexts.get(x)?.length ?? 0), 0));
      const weights = new Map<string, number>();
      const sums = new Map<Draft, number>();
      const weight = (w: string) => {
        let x = weights.get(w);
        if (x === undefined) weights.set(w, (x = Math.log(1 + n / Math.max(1, spanned.reduce((t, s) => t + (df.get(s)?.get(w) ?? 0), 0)))));
        return x;
      };
      const sum = (d: Draft, words: Set<string>) => {
        let x = sums.get(d);
        if (x === undefined) {
          x = 0;
          for (const w of words) x += weight(w);
          sums.set(d, x);
        }
        return x;
      };
      rarities.set(key, (r = { weight, sum }));
    }
    return r;
  };
  const bySpeaker = new Map<string, Draft[]>();
  for (const d of drafts) if (d.speaker !== null) push(bySpeaker, d.speaker, d);
  const pairs: { child: Draft; parent: Draft; score: number }[] = [];
  for (const same of bySpeaker.values()) {
    /** A content word → the positions of this speaker's drafts that hold it. */
    const holders = new Map<string, number[]>();
    same.forEach((d, i) => {
      for (const w of bags.get(d)!) push(holders, w, i);
    });
    for (let i = 0; i < same.length; i++) {
      // Only the later drafts that share enough words with this one are weighed: found through the words, not by
      // trying every pair of a speaker quoted thousands of times.
      const sharing = new Map<number, number>();
      for (const w of bags.get(same[i]!)!) for (const j of holders.get(w)!) if (j > i) sharing.set(j, (sharing.get(j) ?? 0) + 1);
      const later = [...sharing].filter(([, n]) => n >= TRANSLATION_MIN_SHARED).map(([j]) => j);
      for (const j of later.sort((x, y) => x - y)) {
        const a = same[i]!;
        const b = same[j]!;
        const sa = a.stories;
        const sb = b.stories;
        if (![...sa].some((x) => sb.has(x))) continue;
        // Rarity over the paragraphs of every story either group spans.
        const rarity = rarityOver([...new Set([...sa, ...sb])].sort(compareCodeUnits));
        const wa = bags.get(a)!;
        const wb = bags.get(b)!;
        let shared = 0;
        for (const w of wa) if (wb.has(w)) shared += rarity.weight(w);
        const score = shared / Math.min(rarity.sum(a, wa), rarity.sum(b, wb));
        if (score < TRANSLATION_MIN_OVERLAP) continue;
        const carried = (d: Draft) => outletsOf(d.members.map((m) => m.s)).length;
        const aFirst = carried(a) > carried(b) || (carried(a) === carried(b) && a.cluster.key.length >= b.cluster.key.length);
        pairs.push({ parent: aFirst ? a : b, child: aFirst ? b : a, score: Math.min(1, score) });
      }
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

function sortedMembers(d: Draft): Draft['members'] {
  return [...d.members].sort((a, b) => order(a.s, b.s));
}

/**
 * "q-" and 10 hex digits of a hash of speaker and normalised wording, so an id survives new stories and outlets.
 * Drafts that hash alike (the same short unattributed words in unrelated stories) take -2, -3... in the order of
 * their first occurrence.
 */
function groupIds(drafts: Draft[]): Map<Draft, string> {
  const byBase = new Map<string, Draft[]>();
  for (const d of drafts) {
    const kind = d.kind === 'reported' ? '\nreported' : '';
    const base = 'q-' + createHash('sha1').update(`${d.speaker ?? ''}\n${d.cluster.key.join(' ')}${kind}`).digest('hex').slice(0, 10);
    byBase.set(base, [...(byBase.get(base) ?? []), d]);
  }
  const ids = new Map<Draft, string>();
  for (const [base, list] of byBase) {
    list.sort((a, b) => order(sortedMembers(a)[0]!.s, sortedMembers(b)[0]!.s));
    list.forEach((d, n) => ids.set(d, n === 0 ? base : `${base}-${n + 1}`));
  }
  return ids;
}

function toGroup(d: Draft, ids: Map<Draft, string>): QuoteGroup {
  const members = sortedMembers(d);
  const match = d.translationOf
    ? 'translation'
    : LOOSENESS[Math.max(...members.map((m) => LOOSENESS.indexOf(m.match)))]!;
  // The type the occurrences naming this speaker give; their first, when they differ.
  const naming = members.find((m) => m.s.speaker === d.speaker && d.speaker !== null)?.s;
  return {
    id: ids.get(d)!,
    story: members[0]!.s.story,
    stories: [...d.stories].sort(compareCodeUnits),
    speaker: d.speaker,
    speakerType: naming?.speakerType ?? 'unknown',
    ...(naming?.speakerDescribed ? { speakerDescribed: true as const } : {}),
    text: d.text,
    kind: d.kind,
    match,
    ...(d.translationOf ? { translationOf: ids.get(d.translationOf)!, confidence: d.confidence! } : {}),
    articles: [...new Set(members.map((m) => m.s.article))].sort(compareCodeUnits),
    outlets: outletsOf(members.map((m) => m.s)),
    occurrences: members.map(({ s, match: m, diff }) => {
      const { outlet: _outlet, story: _story, ...occ } = s;
      return { ...occ, match: m, ...(diff ? { diff } : {}) };
    }),
  };
}
