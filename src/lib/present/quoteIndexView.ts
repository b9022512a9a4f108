// How the quote index page orders and filters groups: shared quotations first, by how many outlets carry them,
// reported speech apart.
import type { QuoteGroup, QuoteOccurrence } from '../records/quote.ts';
import { createHash } from 'node:crypto';
import { slugify } from '../seeds/readSeed.ts';
import { compareCodeUnits } from '../text/order.ts';

/** Quote groups per page of the index; speakers named in the index's filter (all of them on /quotes/speakers/). */
export const QUOTES_PER_PAGE = 100;
export const SPEAKERS_SHOWN = 30;

export interface SpeakerEntry {
  name: string;
  slug: string;
  groups: number;
  /** The speaker's one quote group, when there is only one: linked where the index shows it, with no page of its own. */
  only: string | null;
}

/**
 * Direct quotations carried by several outlets, then by one; reported speech (the writers' wording, no quote marks)
 * apart, in the same order.
 */
export function sharedFirst(groups: QuoteGroup[]): { shared: QuoteGroup[]; single: QuoteGroup[]; reported: QuoteGroup[] } {
  const order = (x: QuoteGroup, y: QuoteGroup) => y.outlets.length - x.outlets.length || y.occurrences.length - x.occurrences.length || compareCodeUnits(x.id, y.id);
  const direct = groups.filter((g) => g.kind !== 'reported');
  return {
    shared: direct.filter((g) => g.outlets.length > 1).sort(order),
    single: direct.filter((g) => g.outlets.length <= 1).sort(order),
    reported: groups.filter((g) => g.kind === 'reported').sort(order),
  };
}

/**
 * Under which speaker the index lists a group: its speaker's name, '' for an unknown speaker, or DESCRIBED for one the
 * text only describes ("an eyewitness", "officials"): such words stand for different people in different stories, so
 * they share one entry rather than each being taken for one speaker across the collection.
 */
export function speakerKey(g: QuoteGroup): string {
  return g.speakerDescribed ? DESCRIBED : (g.speaker ?? '');
}
const DESCRIBED = '\u0000described';
/** The index's entries that are no speaker's name: their title and address. */
const ENTRIES = new Map([
  ['', { name: 'Speaker unknown', slug: 'unknown' }],
  [DESCRIBED, { name: 'Speakers described, not named', slug: 'described' }],
]);

/**
 * The address of each speaker's page: the name's letters in ASCII, or, for a name in another script ("Владимир
 * Путин", "习近平"), a short hash of it; names that come out alike get -2, -3 in code-unit order of the name.
 */
export function speakerSlugs(groups: QuoteGroup[]): Map<string, string> {
  const names = [...new Set(groups.map(speakerKey))].sort(compareCodeUnits);
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const name of names) {
    const base = ENTRIES.get(name)?.slug ?? (slugify(name) || `speaker-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`);
    let slug = base;
    for (let k = 2; used.has(slug); k++) slug = `${base}-${k}`;
    used.add(slug);
    out.set(name, slug);
  }
  return out;
}

/**
 * Named speakers, most quoted first; quotations with no known speaker are listed under "unknown", and those whose
 * speaker is only described under "described".
 */
export function speakers(groups: QuoteGroup[]): SpeakerEntry[] {
  const slugs = speakerSlugs(groups);
  const counts = new Map<string, number>();
  const first = new Map<string, string>();
  for (const g of groups) {
    const key = speakerKey(g);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!first.has(key)) first.set(key, g.id);
  }
  return [...counts]
    .map(([key, n]) => ({ name: ENTRIES.get(key)?.name ?? key, slug: slugs.get(key)!, groups: n, only: n === 1 ? first.get(key)! : null }))
    .sort((x, y) => y.groups - x.groups || compareCodeUnits(x.name, y.name));
}

/**
 * Site path (without the base) of what the index shows of a speaker: their page, or for a speaker of one quotation
 * that quotation where the index lists it (a page of one card would repeat it; most speakers of a large collection
 * are quoted once).
 */
export function speakerPath(s: SpeakerEntry, quoteHref: (groupId: string) => string): string {
  return s.only === null ? `quotes/by/${s.slug}/` : quoteHref(s.only);
}

/** Every speaker's quote groups, by the speaker's slug, in the groups' order: one pass, whatever the speakers. */
export function groupsBySpeaker(groups: QuoteGroup[]): Map<string, QuoteGroup[]> {
  const slugs = speakerSlugs(groups);
  const out = new Map<string, QuoteGroup[]>();
  for (const g of groups) {
    const slug = slugs.get(speakerKey(g))!;
    if (!out.has(slug)) out.set(slug, []);
    out.get(slug)!.push(g);
  }
  return out;
}

/** The index in reading order (shared, then single-outlet, then reported speech), cut into pages of QUOTES_PER_PAGE. */
export function quotePages(groups: QuoteGroup[]): QuoteGroup[][] {
  const { shared, single, reported } = sharedFirst(groups);
  const all = [...shared, ...single, ...reported];
  const pages: QuoteGroup[][] = [];
  for (let i = 0; i < all.length; i += QUOTES_PER_PAGE) pages.push(all.slice(i, i + QUOTES_PER_PAGE));
  return pages.length ? pages : [[]];
}

/** Where the whole index shows each group: `quotes/#id` on its first page, `quotes/page/<n>/#id` after it. */
export function quoteIndexHrefs(groups: QuoteGroup[]): Map<string, string> {
  const out = new Map<string, string>();
  quotePages(groups).forEach((page, i) => {
    for (const g of page) out.set(g.id, `${i === 0 ? 'quotes/' : `quotes/page/${i + 1}/`}#${g.id}`);
  });
  return out;
}

/** Occurrences a quote card lists on one line: the same wording, credited the same way, by several outlets. */
export interface OccurrenceLine {
  occurrences: QuoteOccurrence[];
  match: QuoteOccurrence['match'];
  speakerMention: string | null;
  carried: boolean;
  /**
   * Nothing attributes the quotation, and its speaker is inferred: from the one person its sentence names (`named`), or
   * from the subject its sentence opens with (`subject`); null when the speaker is read or unknown.
   */
  inferred: 'named' | 'subject' | null;
  unbalanced: boolean;
}

/**
 * A quotation's occurrences as its card lists them: those printed in the canonical wording and credited alike are one
 * line naming every outlet (a wire quotation carried by seventy outlets is one line, not seventy); each differing
 * wording is a line of its own, with its text. In the order of the occurrences' first appearance.
 */
export function occurrenceLines(occurrences: QuoteOccurrence[]): OccurrenceLine[] {
  const lines = new Map<string, OccurrenceLine>();
  occurrences.forEach((o, i) => {
    const carried = o.speakerVia === 'carried';
    const inferred = o.speakerVia === 'context' ? 'named' : o.speakerVia === 'subject' ? 'subject' : null;
    const key = o.match === 'exact' ? JSON.stringify([o.speakerMention, carried, inferred, o.unbalanced]) : `#${i}`;
    const line = lines.get(key);
    if (line) line.occurrences.push(o);
    else lines.set(key, { occurrences: [o], match: o.match, speakerMention: o.speakerMention, carried, inferred, unbalanced: o.unbalanced });
  });
  return [...lines.values()];
}

/**
 * The words that name a speaker nobody could identify ("China's number one" in a story that gives no one that office),
 * shown as written, so a card does not say "unknown" above a line that says whom the article credits; undefined when the
 * group has a speaker or no occurrence names one.
 */
export function unidentifiedSpeaker(group: QuoteGroup): string | undefined {
  return group.speaker === null ? (group.occurrences.find((o) => o.speakerMention)?.speakerMention ?? undefined) : undefined;
}
