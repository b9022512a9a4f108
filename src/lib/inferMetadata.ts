// Metadata a page states about itself, read from its classified blocks. Nothing is guessed:
// a field the text does not support stays null.
import type { Block } from './schema.ts';
import { isRealDate } from './schema.ts';
import { DATE_EXPRESSION } from './classifyBlocks.ts';
import { wireAgency } from './agencies.ts';

export interface InferredMetadata {
  outlet: string | null;
  headline: string | null;
  url: string | null;
  published: string | null;
  agency: string | null;
  author: string | null;
  dateline: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function inferMetadata(blocks: Block[]): InferredMetadata {
  const first = (kind: Block['kind']) => blocks.find((b) => b.kind === kind) ?? null;
  // A captured URL line is only a claim: "https://bad..host:99999/" has the shape but no parse, and new URL()
  // below would throw on it, stopping the whole build without naming the seed.
  const url =
    blocks
      .filter((b) => b.kind === 'meta')
      .flatMap((b) => [...b.links.map((l) => l.url), b.text.replace(/^<|>$/g, '')])
      .find((u) => /^https?:\/\/[^\s/]+\.[^\s/]+/i.test(u) && URL.canParse(u)) ?? null;
  const byline = first('byline')?.text.replace(/^(?:written by|reported by|reporting by|by|von|par|por|di|door)\s+/i, '').trim() ?? null;
  const bylineAgency = byline ? wireAgency(byline) : null;
  const datelines = blocks.filter((b) => b.kind === 'dateline');
  const published = datelines.map((b) => isoDate(b.text)).find(Boolean) ?? null;
  const place = datelines.find((b) => !DATE_EXPRESSION.test(b.text));
  const staffNote = blocks
    .filter((b) => b.kind === 'note')
    .map((b) => /\bby ([\p{Lu}][\p{L}\d&.' -]{1,40}?) staff\b/u.exec(b.text)?.[1])
    .find(Boolean);
  return {
    outlet: staffNote ?? (url ? new URL(url).hostname.replace(/^www\./, '') : null),
    headline: first('headline')?.text ?? null,
    url,
    published,
    agency: bylineAgency,
    author: byline && !bylineAgency ? byline : null,
    dateline: place ? place.text.replace(/\s*[:\-–—]\s*$/, '') : null,
  };
}

/** The date a line states, as YYYY-MM-DD, when it is unambiguous and exists. */
export function isoDate(text: string): string | null {
  const m = DATE_EXPRESSION.exec(text);
  if (!m) return null;
  const s = m[0];
  let y: number, mo: number, d: number;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const monthFirst = /([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i.exec(s);
  const dayFirst = /(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})/i.exec(s);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (monthFirst) [y, mo, d] = [Number(monthFirst[3]), monthIndex(monthFirst[1]!), Number(monthFirst[2])];
  else if (dayFirst) [y, mo, d] = [Number(dayFirst[3]), monthIndex(dayFirst[2]!), Number(dayFirst[1])];
  else return null; // 05/06/2024 is day-first in one country and month-first in another
  const out = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return mo >= 1 && isRealDate(out) ? out : null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
