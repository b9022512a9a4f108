// How the quote index page orders and filters groups: shared quotations first, by how many outlets carry them,
// reported speech apart.
import type { QuoteGroup } from '../records/quote.ts';
import { slugify } from '../seeds/readSeed.ts';
import { compareCodeUnits } from '../text/order.ts';

export interface SpeakerEntry {
  name: string;
  slug: string;
  groups: number;
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

/** Named speakers, most quoted first; quotations with no known speaker are listed under "unknown". */
export function speakers(groups: QuoteGroup[]): SpeakerEntry[] {
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g.speaker ?? '', (counts.get(g.speaker ?? '') ?? 0) + 1);
  return [...counts]
    .map(([name, n]) => ({ name: name || 'Speaker unknown', slug: name ? slugify(name) || 'speaker' : 'unknown', groups: n }))
    .sort((x, y) => y.groups - x.groups || compareCodeUnits(x.name, y.name));
}

export function bySpeaker(groups: QuoteGroup[], slug: string): QuoteGroup[] {
  return groups.filter((g) => (g.speaker ? slugify(g.speaker) || 'speaker' : 'unknown') === slug);
}
