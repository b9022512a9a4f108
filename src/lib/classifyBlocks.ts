// Gives each line of a captured news page a kind. The rules are evidence about news pages in general
// (credit lines, calls to action, list widgets, position, repetition), never the text of a particular seed.
import type { BlockKind } from './schema.ts';
import type { JoinedLine } from './rejoinBrokenLines.ts';
import { words } from './words.ts';
import { contentWords } from './contentWords.ts';
import { AGENCY_AFTER_SLASH } from './agencies.ts';

export interface Classified {
  kind: BlockKind;
  reason: string;
}

const SENTENCE_END = /[.!?…]["”’»)\]]*$/u;
const URL_ONLY = /^<?(?:https?:\/\/|www\.)\S+>?$/i;

/** Photo credits: "Pic:", "Photo: …", "/ Copyright", "©", "All rights reserved", "Getty Images", "via Reuters". */
const CREDIT = [
  /\b(?:pic|pics|photo|photos|picture|image|credit|foto|photograph|illustration)\s*:\s*\S/i,
  /\/\s*copyright\b/i,
  /©/,
  /\ball rights reserved\b/i,
  /\b(?:getty images|shutterstock|alamy|afp photo|ap photo|reuters\/|epa-efe|pool photo)\b/i,
  /\bvia (?:reuters|afp|ap|getty)\b/i,
];
const CAPTION_TAG = /\((?:file|file photo|file image|representational(?: image| photo)?|representative image|photo|image|archive)\)\s*$/i;

const BYLINE = /^(?:by|von|par|por|di|door|written by|reported by|reporting by)\s+[\p{Lu}\d]/iu;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
export const DATE_EXPRESSION = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}`,
    `\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?`,
    `\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}`,
  ].join('|'),
  'i',
);
const DATE_FILLER =
  /\b(?:published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|utc|gmt|bst|cet|cest|est|edt|ist|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}:\d{2})\b/gi;

const CALL_TO_ACTION =
  /^(?:follow|subscribe|sign up|sign in|log in|register|tap|click|download|keep up|join|get the|get our|listen to|watch|share|like us|support|donate|install|visit our|read our|enable|turn on|allow)\b/i;
const PROMO_WORDS = /\b(?:newsletter|whatsapp|telegram|app store|google play|podcast|push notifications|sign up|subscribe)\b/i;
const SITE_UI =
  /\b(?:oops|something went wrong|try again|loading|please wait|javascript|cookies?|advertisement|advertising|skip to (?:content|main)|page not found|you (?:may|might) (?:also )?like|recommended(?: for you)?|most (?:read|popular|viewed|shared)|popular now|top stories|editor'?s picks|don'?t miss|more stories|trending(?: now)?|sponsored|promoted stories|comments?|share this|copy link)\b/i;
const RELATED_LABEL =
  /^(?:related(?: articles?| stories| content| coverage| news)?|read more|read also|also read|see also|more on this(?: story)?|more from [^:]+|further reading|recommended reading|latest(?: news)?|live(?: updates)?|watch|listen)\s*[:\-–—]/i;
const NOTE =
  /^(?:\(.{12,}\)|\[.{12,}\])$|^(?:editor'?s note|editor’s note|note|correction|clarification|disclaimer)\s*[:—–-]|\b(?:syndicated feed|additional reporting by|reporting by|editing by|writing by|this (?:article|story|report) (?:was|has been|first appeared|originally)|originally (?:published|appeared))\b/i;

interface Facts {
  text: string;
  wc: number;
  sentenceEnd: boolean;
  line: JoinedLine;
}

export function classifyLines(lines: JoinedLine[]): Classified[] {
  const facts: Facts[] = lines.map((l) => ({ text: l.text, wc: words(l.text).length, sentenceEnd: SENTENCE_END.test(l.text), line: l }));
  const out: (Classified | null)[] = facts.map((f, i) => ownKind(f, i, facts));
  const isProse = (f: Facts) => f.sentenceEnd && f.wc >= 8;

  // Lists: a short label followed by a run of short title-like lines (a widget of links).
  for (let i = 0; i < facts.length; i++) {
    const labelKind = out[i]?.kind;
    if (labelKind !== undefined && labelKind !== 'related' && labelKind !== 'boilerplate') continue;
    const candidates = listItemsAfter(facts, i);
    // The list ends at the first line another rule already claimed (a promo, a caption...).
    const claimed = candidates.findIndex((j) => out[j] !== null && out[j]!.kind !== labelKind);
    const items = claimed === -1 ? candidates : candidates.slice(0, claimed);
    if (items.length === 0) continue;
    const kind: BlockKind =
      labelKind === 'boilerplate' || labelKind === 'related'
        ? labelKind
        : isOnTopic(facts, i, items)
          ? 'related'
          : 'boilerplate';
    const why =
      kind === 'related'
        ? 'a list of story links that share the article’s subject'
        : 'a list of story links on other subjects (a site widget)';
    if (!out[i] || out[i]!.kind === labelKind) out[i] = { kind, reason: out[i]?.reason ?? `heads ${why}` };
    for (const j of items) out[j] = { kind, reason: why };
    i = items[items.length - 1]!;
  }

  // Headline: the first line, when it reads as a title, and any exact repeat of it.
  const first = facts.findIndex((_, i) => out[i] === null);
  if (first !== -1 && first <= 2 && looksLikeTitle(facts[first]!)) {
    out[first] = { kind: 'headline', reason: 'the first line, short and without a closing full stop' };
    facts.forEach((f, j) => {
      if (j > first && f.text === facts[first]!.text) out[j] = { kind: 'headline', reason: 'repeats the headline (page title and heading)' };
    });
  }

  // Near-duplicate lines: a caption beside its credited copy, or a lead caption repeating a paragraph.
  const firstUnclassified = out.findIndex((c) => c === null);
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      if (!nearDuplicate(facts[i]!.text, facts[j]!.text)) continue;
      const ki = out[i]?.kind;
      const kj = out[j]?.kind;
      if (ki === 'headline' || kj === 'headline') continue;
      if (ki === 'caption' || kj === 'caption') {
        out[i] = out[j] = { kind: 'caption', reason: 'a caption and its copy with the photo credit' };
      } else if (i === firstUnclassified) {
        out[i] = { kind: 'caption', reason: 'at the top of the page, repeating a later paragraph: the lead image caption' };
      } else {
        out[j] = { kind: 'boilerplate', reason: 'repeats an earlier paragraph (a pull quote or duplicate)' };
      }
    }
  }

  // Standfirst: prose between the headline and the byline or dateline, or an emphasised line right after the headline.
  const headline = out.findIndex((c) => c?.kind === 'headline');
  if (headline !== -1) {
    const credit = out.findIndex((c, k) => k > headline && (c?.kind === 'byline' || c?.kind === 'dateline'));
    for (let k = headline + 1; k < facts.length; k++) {
      if (out[k] !== null) {
        if (out[k]!.kind === 'headline') continue;
        break;
      }
      const beforeCredit = credit !== -1 && k < credit;
      if (beforeCredit || facts[k]!.line.emphasised) {
        out[k] = {
          kind: 'standfirst',
          reason: beforeCredit ? 'between the headline and the byline' : 'an emphasised summary right after the headline',
        };
      } else break;
    }
  }

  // Subheads: short unpunctuated lines that introduce prose, once the article has begun.
  let bodySeen = false;
  facts.forEach((f, i) => {
    if (out[i] !== null) return;
    const next = facts[i + 1];
    if (f.line.heading !== null && f.line.heading > 1) {
      out[i] = { kind: 'subhead', reason: 'a Markdown heading inside the article' };
    } else if (bodySeen && !f.sentenceEnd && f.wc <= 12 && /^\p{Lu}/u.test(f.text) && next && isProse(next)) {
      out[i] = { kind: 'subhead', reason: 'a short line without sentence punctuation that introduces paragraphs' };
    } else {
      out[i] = { kind: 'body', reason: isProse(f) ? 'a paragraph of prose' : 'text that fits no other kind' };
      bodySeen ||= isProse(f);
    }
  });
  return out as Classified[];
}

/** Rules that need only the line itself (and for labels, the line after it). */
function ownKind(f: Facts, i: number, all: Facts[]): Classified | null {
  const { text, wc } = f;
  if (URL_ONLY.test(text)) return { kind: 'meta', reason: 'a bare web address' };
  const next = all[i + 1];
  if (wc <= 4 && text.endsWith(':') && next && URL_ONLY.test(next.text)) return { kind: 'meta', reason: 'labels the web address below it' };
  if (CREDIT.some((r) => r.test(text)) || AGENCY_AFTER_SLASH.test(text) || CAPTION_TAG.test(text)) {
    return { kind: 'caption', reason: 'carries a photo credit or photo tag' };
  }
  if (wc <= 12 && BYLINE.test(text) && !f.sentenceEnd) return { kind: 'byline', reason: 'a short “By …” line' };
  if (wc <= 10 && DATE_EXPRESSION.test(text) && words(text.replace(DATE_EXPRESSION, '').replace(DATE_FILLER, '')).length <= 1) {
    return { kind: 'dateline', reason: 'a line that is only a date' };
  }
  if (wc <= 6 && /[:\-–—]$/.test(text) && words(text).every((w) => /^[\p{Lu}\d]/u.test(w)) && next && next.sentenceEnd) {
    return { kind: 'dateline', reason: 'a capitalised place name ending in a colon or dash, before the first paragraph' };
  }
  if (NOTE.test(text) && (wc <= 60 || i >= all.length - 2)) return { kind: 'note', reason: 'an editor’s or syndication note' };
  if (RELATED_LABEL.test(text) && wc <= 25) return { kind: 'related', reason: 'a link to another story' };
  if (wc <= 30 && (CALL_TO_ACTION.test(text) || (PROMO_WORDS.test(text) && !f.sentenceEnd))) {
    return { kind: 'promo', reason: 'a call to action (follow, subscribe, tap, download …)' };
  }
  if (wc <= 12 && (SITE_UI.test(text) || /^[•·▪►▶✓✔✗×]/u.test(text))) return { kind: 'boilerplate', reason: 'site interface text' };
  return null;
}

function looksLikeTitle(f: Facts): boolean {
  if (f.line.heading === 1) return true;
  return f.wc >= 2 && f.wc <= 30 && !/[.…]["”’»)]*$/u.test(f.text);
}

/** Indexes of the short title-like lines that follow a label at `i`, or none when `i` does not head a list. */
function listItemsAfter(facts: Facts[], i: number): number[] {
  const label = facts[i]!;
  if (label.wc > 6 || label.sentenceEnd) return [];
  const items: number[] = [];
  for (let j = i + 1; j < facts.length; j++) {
    const f = facts[j]!;
    // A list is a run of lines with no blank line inside (the label may stand apart from it).
    if (j > i + 1 && f.line.gapBefore) break;
    if (f.wc > 20 || /[.…]["”’»)]*$/u.test(f.text) || f.wc < 2) break;
    items.push(j);
  }
  const labelled = label.text.endsWith(':') || items.length >= 3;
  return items.length >= 1 && labelled ? items : [];
}

/** A list is on topic when most of its items share at least two content words with the rest of the page. */
function isOnTopic(facts: Facts[], label: number, items: number[]): boolean {
  const inList = new Set([label, ...items]);
  const page = new Set(facts.flatMap((f, k) => (inList.has(k) ? [] : contentWords(f.text))));
  const onTopic = items.filter((k) => contentWords(facts[k]!.text).filter((w) => page.has(w)).length >= 2);
  return onTopic.length * 2 >= items.length;
}

function nearDuplicate(a: string, b: string): boolean {
  if (a.length >= 30 && (b.startsWith(a) || a.startsWith(b))) return true;
  const wa = words(a.toLowerCase());
  const wb = words(b.toLowerCase());
  if (wa.length < 5 || wb.length < 5) return false;
  const sa = new Set(wa);
  const sb = new Set(wb);
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / Math.min(sa.size, sb.size) >= 0.9 && shared / Math.max(sa.size, sb.size) >= 0.75;
}
