// Metadata a page states about itself, read from its classified blocks. Nothing is guessed:
// a field the text does not support stays null.
import type { Block } from '../records/article.ts';
import { isRealDate } from '../records/article.ts';
import { DATE_EXPRESSION } from './classifyBlocks.ts';
import { wireAgency } from '../text/lexicon/agencies.ts';

export interface InferredMetadata {
  outlet: string | null;
  headline: string | null;
  url: string | null;
  published: string | null;
  agency: string | null;
  author: string | null;
  dateline: string | null;
}

/** Month names by number, as far as their spellings tell them apart (English, German, French). */
const MONTHS: [RegExp, number][] = [
  [/^(?:jan|janv|januar|janvier)/, 1],
  [/^(?:feb|févr|fév|februar|février)/, 2],
  [/^(?:mar(?!s$)|märz|mär)/, 3],
  [/^mars$/, 3],
  [/^(?:apr|avr)/, 4],
  [/^(?:may|mai)$/, 5],
  [/^(?:jun|juin)/, 6],
  [/^(?:jul|juil)/, 7],
  [/^(?:aug|août)/, 8],
  [/^sep/, 9],
  [/^(?:oct|okt)/, 10],
  [/^nov/, 11],
  [/^(?:dec|dez|déc)/, 12],
];
/** Trailing parts of a byline that are not its authors: ", Reuters", "| AP", ", Mid Wales reporter". */
const BYLINE_ROLE = /^(?:[\p{L}'’ -]+ )?(?:reporter|correspondent|editor|writer|journalist|staff|contributor|columnist)s?$/iu;

export function inferMetadata(blocks: Block[]): InferredMetadata {
  const first = (kind: Block['kind']) => blocks.find((b) => b.kind === kind) ?? null;
  // A captured URL line is only a claim: "https://bad..host:99999/" has the shape but no parse, and new URL()
  // below would throw on it, stopping the whole build without naming the seed.
  const url =
    blocks
      .filter((b) => b.kind === 'meta')
      .flatMap((b) => [...b.links.map((l) => l.url), b.text.replace(/^<|>$/g, '')])
      .find((u) => /^https?:\/\/[^\s/]+\.[^\s/]+/i.test(u) && URL.canParse(u)) ?? null;
  // A wire credit line ("(Reporting by …; Editing by …)") names the agency's staff, not the page's byline.
  const bylineBlock = blocks.find((b) => b.kind === 'byline' && !b.text.startsWith('(')) ?? first('byline');
  const credited = bylineBlock?.text.replace(/^(?:written by|reported by|reporting by|by|von|par|por|di|door)\s+/i, '').trim() ?? null;
  const { author: byline, agency: bylineAgency } = credited ? splitByline(credited) : { author: null, agency: null };
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
    author: byline,
    dateline: place ? place.text.replace(/\s*[:\-–—]\s*$/, '') : null,
  };
}

/**
 * A byline's authors and the agency it credits: "Jane Doe and John Roe, Reuters" → the two names and Reuters;
 * "Rhian Morgan, Mid Wales reporter" → the name; "AFP" → the agency alone.
 */
export function splitByline(byline: string): { author: string | null; agency: string | null } {
  const parts = byline.split(/\s*[|,]\s*|\s+[–—-]\s+/u);
  let agency: string | null = null;
  while (parts.length) {
    const last = parts[parts.length - 1]!;
    const wire = wireAgency(last);
    if (wire) agency ??= wire;
    else if (!BYLINE_ROLE.test(last)) break;
    parts.pop();
  }
  const author = parts.length ? byline.slice(0, byline.indexOf(parts[parts.length - 1]!) + parts[parts.length - 1]!.length).trim() : null;
  return { author: author || null, agency };
}

/** The date a line states, as YYYY-MM-DD, when it is unambiguous and exists. */
export function isoDate(text: string): string | null {
  const m = DATE_EXPRESSION.exec(text);
  if (!m) return null;
  const s = m[0];
  let y: number, mo: number, d: number;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const monthFirst = /(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/iu.exec(s);
  const dayFirst = /(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(\p{L}+)\.?,?\s+(\d{4})/iu.exec(s);
  const numeric = /(\d{1,2})([./])(\d{1,2})\2(\d{4})/.exec(s);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (monthFirst) [y, mo, d] = [Number(monthFirst[3]), monthIndex(monthFirst[1]!), Number(monthFirst[2])];
  else if (dayFirst) [y, mo, d] = [Number(dayFirst[3]), monthIndex(dayFirst[2]!), Number(dayFirst[1])];
  else if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    // 04.03.2025 is day-first wherever dots are written; 05/06/2024 is day-first in one country and month-first in
    // another, so a slashed date is read only when both orders agree or one cannot be a month.
    const dayFirstOrder = numeric[2] === '.' || a > 12 || a === b;
    if (!dayFirstOrder && b <= 12) return null;
    [y, mo, d] = dayFirstOrder ? [Number(numeric[4]), b, a] : [Number(numeric[4]), a, b];
  } else return null;
  const out = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return mo >= 1 && isRealDate(out) ? out : null;
}

function monthIndex(name: string): number {
  const n = name.toLowerCase();
  return MONTHS.find(([re]) => re.test(n))?.[1] ?? 0;
}
