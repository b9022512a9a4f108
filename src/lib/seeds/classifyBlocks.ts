// Gives each line of a captured news page a kind. The rules are evidence about news pages in general
// (credit lines, calls to action, list widgets, position, repetition), never the text of a particular seed.
import type { BlockKind } from '../records/article.ts';
import type { JoinedLine } from './rejoinBrokenLines.ts';
import { words } from '../text/tokens.ts';
import { contentWords } from '../text/contentWords.ts';
import { AGENCY_AFTER_SLASH, wireAgency } from '../text/lexicon/agencies.ts';

export interface Classified {
  kind: BlockKind;
  reason: string;
}

const SENTENCE_END = /[.!?…]["”’»)\]]*$/u;
const URL_ONLY = /^<?(?:https?:\/\/|www\.)\S+>?$/i;

/** "Photo:", "Pic:", "Image source:", "Picture credit:" … */
const CREDIT_LABEL = '(?:pic|pics|photo|photos|picture|image|credit|foto|photograph|illustration)(?:\\s+(?:source|credit|courtesy))?\\s*:';
/** Photo credits: "Pic:", "Photo: …", "/ Copyright", "©", "All rights reserved", "Getty Images", "via Reuters". */
const CREDIT = [
  new RegExp(`\\b${CREDIT_LABEL}\\s*\\S`, 'i'),
  /\/\s*copyright\b/i,
  /©/,
  /\ball rights reserved\b/i,
  /\b(?:getty images|shutterstock|alamy|afp photo|ap photo|reuters\/|epa-efe|pool photo)\b/i,
  /\bvia (?:reuters|afp|ap|getty)\b/i,
];
/** A line that is nothing but a credit ("Image source: …", "(Photo: …)", "© …", "(AP Photo/…)"): the caption is the line above. */
const CREDIT_ONLY = new RegExp(`^[(\\[]?\\s*(?:${CREDIT_LABEL}|©|\\S+ photo\\s*/)`, 'i');
/**
 * The page's copyright notice ("© 2025 AFP", "Copyright 2025 The Associated Press. All Rights Reserved."): it starts
 * with the mark and dates it, where a caption describes the photo first and a bare photo credit names "Name/Agency".
 */
const COPYRIGHT_NOTICE = /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|(?:19|20)\d{2}\b))(?=.*(?:\b(?:19|20)\d{2}\b|\ball rights reserved\b))[^/]*$/i;
const CAPTION_TAG = /\((?:file|file photo|file image|representational(?: image| photo)?|representative image|photo|image|archive)\)\s*$/i;

const BYLINE = /^(?:by|von|par|por|di|door|written by|reported by|reporting by)\s+[\p{Lu}\d]/iu;
/** A wire credit line: "(Reporting by …; Editing by …)". One that starts "Additional reporting by" is a note. */
const WIRE_CREDIT = /^\((?:reporting|writing|reported|compiled) by [^()]+\)$/i;
/** Person names as bylines print them: "Claire Fontaine", "Jean-Luc de la Tour", "J. Smith". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const PERSON_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:(?:de|da|di|du|del|della|dos|van|von|der|den|ter|le|la|bin|ibn|al|el)\s+)*${NAME_WORD}){1,3}$`, 'u');
/** What joins the names of a byline, and the agency or outlet after them. */
const BYLINE_JOINER = /\s*[,|]\s*|\s+(?:and|&|und|et)\s+|\s+[–—]\s+/u;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?' +
  '|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\\.?';
export const DATE_EXPRESSION = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\b\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+${MONTH},?\\s+\\d{4}`,
    `\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?`,
    `\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}`,
    `\\b\\d{1,2} (?:min(?:ute)?s?|hours?|hrs?|days?) ago\\b`,
  ].join('|'),
  'i',
);
const EVERY_DATE = new RegExp(DATE_EXPRESSION.source, 'gi');
/** What a date line says around its dates: "Published on", "Updated", times, zones, weekdays, "3 min read". */
const DATE_FILLER = new RegExp(
  `(?<![\\p{L}\\d])(?:${[
    'published|updated|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|utc|gmt|bst|cet|cest|est|edt|ist',
    'mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    'publié|publiée|mis à jour|modifié|le|à|veröffentlicht|aktualisiert|um|uhr',
    '\\d{1,2}[:.h]\\d{2}',
    '\\d+ min(?:ute)?s? read',
  ].join('|')})(?![\\p{L}\\d])`,
  'giu',
);

const CALL_TO_ACTION =
  /^(?:follow|subscribe|sign up|sign in|log in|register|tap|click|download|keep up|join|get the|get our|listen to|watch|share|like us|support|donate|install|visit our|read our|enable|turn on|allow)\b/i;
/** "Share prices fell…" and "Support for the plan…" open prose; a call to action also speaks to the reader. */
const ADDRESSES_READER = /\b(?:you|your|our|us)\b/i;
const PROMO_WORDS =
  /\b(?:newsletter|whatsapp|telegram|app store|google play|podcast|push notifications|sign up|subscribe)\b|\b(?:download|get|install) (?:the|our)\b[^.!?]{0,40}\bapp\b/i;
/** Link widgets that never carry the article's own subject. */
const WIDGET_NAMES =
  "you (?:may|might) (?:also )?like|recommended(?: for you)?|most (?:read|popular|viewed|shared)|popular now|top stories|editor'?s picks|don'?t miss|more stories|trending(?: now)?";
const SITE_UI = new RegExp(
  `\\b(?:oops|something went wrong|try again|loading|please wait|javascript|cookies?|advertisement|advertising|skip to (?:content|main)|page not found|${WIDGET_NAMES}|sponsored|promoted stories|comments?|share this|copy link|reuse this content)\\b`,
  'i',
);
/** "Advertisement" in other languages. */
const AD_LABEL = /^(?:anzeige|werbung|publicité|publicidad|pubblicità|реклама|reklama|reclame|advertentie|annons|mainos)$/iu;
/** Share buttons: "Share", "Share on X", "Share: Facebook | X | Email", "Share  Tweet  Mail". */
const SHARE_BUTTON_WORDS = new Set(
  'share tweet mail email e-mail print copy link on via this article story page facebook x twitter linkedin whatsapp telegram reddit pinterest messenger bluesky threads flipboard'.split(' '),
);
const SHARE_VERB = /^(?:share|tweet)$/i;
/** A tag list ("France · Shipping · Trade unions"): topics joined by middle dots, bullets, pipes or chevrons. */
const TAG_SEPARATOR = /\s+[·•|›]\s+/u;
/** Link lists, named the same before a single link ("Read more: …") and above a list of them. */
const LINK_LIST_NAMES =
  'related(?: articles?| stories| content| coverage| news)?|read more|read also|also read|see also|more on this(?: story)?|more from [^:]+|further reading|recommended reading|latest(?: news)?';
const RELATED_LABEL = new RegExp(`^(?:${LINK_LIST_NAMES}|live(?: updates)?|watch|listen)\\s*[:\\-–—]`, 'i');
/** A heading that names a list of links even without a colon: "Read more", "More from Wales", "Most viewed". */
const LIST_HEADING = new RegExp(`^(?:${LINK_LIST_NAMES}|${WIDGET_NAMES})$`, 'i');
// Credits open their line ("Additional reporting by …"); prose may mention "reporting by the newspaper" anywhere.
const NOTE =
  /^(?:\(.{12,}\)|\[.{12,}\])$|^(?:editor'?s note|editor’s note|note|correction|clarification|disclaimer)\s*[:—–-]|^[(\[—–-]?\s*(?:with )?(?:additional reporting|reporting|editing|writing) by\b|\b(?:syndicated feed|this (?:article|story|report) (?:was|has been|first appeared|originally)|originally (?:published|appeared))\b/i;

interface Facts {
  text: string;
  wc: number;
  sentenceEnd: boolean;
  line: JoinedLine;
}

export function classifyLines(lines: JoinedLine[]): Classified[] {
  const facts: Facts[] = lines.map((l) => ({ text: l.text, wc: words(l.text).length, sentenceEnd: SENTENCE_END.test(l.text), line: l }));
  const out: (Classified | null)[] = facts.map((f, i) => ownKind(f, i, facts));
  // Where the capture puts a blank line between all its lines, a blank line does not end a list.
  const spaced = facts.filter((f) => f.line.gapBefore).length * 2 >= facts.length;

  // Lists: a short label followed by a run of short title-like lines (a widget of links).
  for (let i = 0; i < facts.length; i++) {
    const labelKind = out[i]?.kind;
    if (labelKind !== undefined && labelKind !== 'related' && labelKind !== 'boilerplate') continue;
    const candidates = listItemsAfter(facts, i, spaced);
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

  // A caption without a closing full stop, with its photo credit on the line below it.
  facts.forEach((f, i) => {
    const above = facts[i - 1];
    if (out[i]?.kind !== 'caption' || !above || out[i - 1] !== null || above.sentenceEnd || above.wc > 25) return;
    if (CREDIT_ONLY.test(f.text) || (f.wc <= 5 && AGENCY_AFTER_SLASH.test(f.text))) {
      out[i - 1] = { kind: 'caption', reason: 'describes the photo credited on the next line' };
    }
  });

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
    } else if (bodySeen && !f.sentenceEnd && f.wc <= 12 && /^["'“‘«„]?\p{Lu}/u.test(f.text) && next && isProse(next)) {
      out[i] = { kind: 'subhead', reason: 'a short line without sentence punctuation that introduces paragraphs' };
    } else {
      out[i] = { kind: 'body', reason: isProse(f) ? 'a paragraph of prose' : 'text that fits no other kind' };
      bodySeen ||= isProse(f);
    }
  });
  return out as Classified[];
}

function isProse(f: Facts): boolean {
  return f.sentenceEnd && f.wc >= 8;
}

/** Rules that need only the line itself (and for labels, the line after it; for bylines, where it stands). */
function ownKind(f: Facts, i: number, all: Facts[]): Classified | null {
  const { text, wc } = f;
  if (URL_ONLY.test(text)) return { kind: 'meta', reason: 'a bare web address' };
  const next = all[i + 1];
  if (wc <= 4 && text.endsWith(':') && next && URL_ONLY.test(next.text)) return { kind: 'meta', reason: 'labels the web address below it' };
  if (wc <= 15 && COPYRIGHT_NOTICE.test(text)) return { kind: 'boilerplate', reason: 'the page’s copyright notice' };
  if (CREDIT.some((r) => r.test(text)) || AGENCY_AFTER_SLASH.test(text) || CAPTION_TAG.test(text)) {
    return { kind: 'caption', reason: 'carries a photo credit or photo tag' };
  }
  if (wc <= 12 && BYLINE.test(text) && !f.sentenceEnd) return { kind: 'byline', reason: 'a short “By …” line' };
  if (wc <= 40 && WIRE_CREDIT.test(text)) return { kind: 'byline', reason: 'a wire credit line (Reporting by …; Editing by …)' };
  if (wc <= 20 && DATE_EXPRESSION.test(text) && words(text.replace(EVERY_DATE, '').replace(DATE_FILLER, '')).length <= 1) {
    return { kind: 'dateline', reason: 'a line that is only a date' };
  }
  if (wc <= 6 && /[:\-–—]$/.test(text) && words(text).every((w) => /^[\p{Lu}\d]/u.test(w)) && next && next.sentenceEnd) {
    return { kind: 'dateline', reason: 'a capitalised place name ending in a colon or dash, before the first paragraph' };
  }
  const byline = wc <= 14 && !f.sentenceEnd ? headerByline(f, i, all) : null;
  if (byline) return { kind: 'byline', reason: byline };
  if (NOTE.test(text) && (wc <= 60 || i >= all.length - 2)) return { kind: 'note', reason: 'an editor’s or syndication note' };
  if (RELATED_LABEL.test(text) && wc <= 25) return { kind: 'related', reason: 'a link to another story' };
  if (wc <= 10 && isShareBar(text)) return { kind: 'boilerplate', reason: 'share buttons' };
  const callToAction = CALL_TO_ACTION.test(text) && (!isProse(f) || ADDRESSES_READER.test(text) || PROMO_WORDS.test(text));
  if (wc <= 30 && (callToAction || (PROMO_WORDS.test(text) && !f.sentenceEnd))) {
    return { kind: 'promo', reason: 'a call to action (follow, subscribe, tap, download …)' };
  }
  if (wc <= 12 && (SITE_UI.test(text) || AD_LABEL.test(text) || /^[•·▪►▶✓✔✗×]/u.test(text))) {
    return { kind: 'boilerplate', reason: 'site interface text' };
  }
  if (wc <= 15 && isTagList(text)) return { kind: 'boilerplate', reason: 'a list of topic tags' };
  return null;
}

/**
 * A byline without "By", in the page header below the headline: a wire agency's name alone ("AFP"), or names joined
 * by "and", commas or bars, often ending in the agency or outlet ("Jane Doe and John Roe, Reuters"). Names followed
 * by an agency may come after a standfirst; bare names must come before any prose, where a title-case subhead cannot be.
 */
function headerByline(f: Facts, i: number, all: Facts[]): string | null {
  const parts = f.text.split(BYLINE_JOINER);
  const agency = wireAgency(parts[parts.length - 1]!) !== null;
  const people = agency ? parts.slice(0, -1) : parts;
  // One name alone could be anything title-like; two names, or a name and an agency, make a byline.
  if (!people.every((p) => PERSON_NAME.test(p)) || (!agency && people.length < 2)) return null;
  const firstLine = all.findIndex((l) => !URL_ONLY.test(l.text));
  if (i <= firstLine) return null;
  const proseAbove = all.slice(0, i).filter(isProse).length;
  if (proseAbove > (agency ? 1 : 0)) return null;
  if (people.length === 0) return 'the name of a news agency alone, under the headline';
  return agency ? 'names with the news agency they write for, under the headline' : 'a line of names under the headline';
}

function isShareBar(text: string): boolean {
  const ws = words(text);
  return ws.some((w) => SHARE_VERB.test(w)) && ws.every((w) => SHARE_BUTTON_WORDS.has(w.toLowerCase()));
}

function isTagList(text: string): boolean {
  const tags = text.split(TAG_SEPARATOR);
  return tags.length >= 3 && tags.every((t) => !SENTENCE_END.test(t) && words(t).length >= 1 && words(t).length <= 3);
}

function looksLikeTitle(f: Facts): boolean {
  if (f.line.heading === 1) return true;
  return f.wc >= 2 && f.wc <= 30 && !/[.…]["”’»)]*$/u.test(f.text);
}

/** Indexes of the short title-like lines that follow a label at `i`, or none when `i` does not head a list. */
function listItemsAfter(facts: Facts[], i: number, spaced: boolean): number[] {
  const label = facts[i]!;
  if (label.wc > 6 || label.sentenceEnd) return [];
  const named = label.text.endsWith(':') || LIST_HEADING.test(label.text);
  const items: number[] = [];
  for (let j = i + 1; j < facts.length; j++) {
    const f = facts[j]!;
    // A list is a run of lines with no blank line inside (the label may stand apart from it), unless the label
    // names a list on a page that spaces out every line.
    if (j > i + 1 && f.line.gapBefore && !(spaced && named)) break;
    if (LIST_HEADING.test(f.text)) break; // the next widget
    if (f.wc > 20 || /[.…]["”’»)]*$/u.test(f.text) || f.wc < 2) break;
    items.push(j);
  }
  return items.length >= 1 && (named || items.length >= 3) ? items : [];
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
