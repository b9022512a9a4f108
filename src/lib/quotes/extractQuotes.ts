// Finds every direct quotation in an article's headlines and body paragraphs, in any common quote style,
// joins the pieces of one quotation (interrupted by its attribution, or running over paragraphs), and tells
// a quoted statement from a fragment quoted inside the writer's own sentence.
import type { Article } from '../records/article.ts';
import type { QuoteKind } from '../records/quote.ts';
import { words } from '../text/tokens.ts';
import { lowerBound } from '../text/order.ts';
import { TITLE_SMALL_WORDS } from '../text/lexicon/functionWords.ts';
import { endsWithSpeechVerb, glossLength, inciseWithin, isAttributionOnly, sentenceStarts, startsWithAttribution, type QuoteSpan } from './attributionGrammar.ts';

export type { QuoteSpan };

export interface QuotationPart extends QuoteSpan {
  /** Index of the block in `article.blocks`. */
  blockIndex: number;
  text: string;
}

export interface Quotation {
  parts: QuotationPart[];
  /** The quoted words, parts joined by one space. */
  text: string;
  kind: QuoteKind;
  /** A quote mark was never closed; the quotation was cut at the end of its paragraph. */
  unbalanced: boolean;
}

/** The article's own words: quotations in captions, promos or site furniture are not the story's. */
export const QUOTABLE_KINDS: ReadonlySet<string> = new Set(['headline', 'standfirst', 'subhead', 'body']);

/** The quotation marks of every style read, opening and closing. */
const QUOTE_MARKS = '"“”„«»‘’‚‹›\'';
const isSpace = (c: string) => /\s/u.test(c);
/** What may stand before an opening mark: nothing, space, a bracket, a dash, a slash or another opening mark. */
const OPENS_AFTER = /[\s([{\u2013\u2014/\-“‘„‚«‹"']/u;
/** What may follow a closing mark: nothing, space, punctuation, a bracket, a dash or another closing mark. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2013\u2014\u2026/\-”’»›"'“]/u;

interface Open {
  index: number;
  /** Where the quoted text starts: after the mark, which may be two characters (‘‘). */
  start: number;
  mark: string;
  family: 'double' | 'single';
}

/**
 * The top-level quotations of one paragraph, in order. Quote marks are told from apostrophes by what stands
 * on either side ("Putin’s" has letters on both; "neighbours’ " closes nothing when no single quote is open).
 * A quotation still open at the end of the paragraph ends there with `close: null`; a closing mark with no
 * opening mark before it, as the paragraph's first quote mark, gives a quotation from the paragraph start.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  const n = text.length;
  const openDouble = () => stack.findLastIndex((o) => o.family === 'double');
  const openSingleAboveDouble = () => {
    const d = openDouble();
    for (let k = stack.length - 1; k > d; k--) if (stack[k]!.family === 'single') return k;
    return -1;
  };
  const push = (index: number, mark: string, family: Open['family'], width = 1) => stack.push({ index, start: index + width, mark, family });
  /** `index`: the closing mark's last character; `end`: where the quoted text ends (its first character). */
  const closeAt = (level: number, index: number, end = index) => {
    const o = stack[level]!;
    stack.length = level;
    if (level === 0) spans.push(trim(text, { open: o.index, close: index, start: o.start, end, family: o.family }));
  };
  const orphanClose = (index: number) => {
    // 6' 2": a mark after a digit is a unit, not the close of a quotation whose opening went missing.
    if (spans.length === 0 && stack.length === 0 && text.slice(0, index).trim() && !/\d/.test(text[index - 1] ?? ''))
      spans.push(trim(text, { open: null, close: index, start: 0, end: index, family: 'double' }));
  };

  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (!QUOTE_MARKS.includes(c)) continue;
    const prev = i > 0 ? text[i - 1]! : '';
    const next = i + 1 < n ? text[i + 1]! : '';
    const left = (prev === '' || OPENS_AFTER.test(prev)) && next !== '' && !isSpace(next);
    const right = (next === '' || CLOSES_BEFORE.test(next)) && prev !== '' && !isSpace(prev);
    const between = /[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next);
    const d = openDouble();
    // ‘‘ … ’’ and '' … '': two single marks stand for one double mark, as typewriter-era and some South Asian copy writes them.
    if ("‘’'".includes(c) && next === c) {
      const after = text[i + 2] ?? '';
      const closes = c !== '‘' && d >= 0 && prev !== '' && !isSpace(prev) && (after === '' || CLOSES_BEFORE.test(after));
      const opens = c !== '’' && (prev === '' || OPENS_AFTER.test(prev)) && after !== '' && !isSpace(after);
      if (closes || opens) {
        if (closes) closeAt(d, i + 1, i);
        else push(i, c, 'double', 2);
        i++;
        continue;
      }
    }
    // German and Danish books and magazines quote »so« and ›so‹: a » or › before a word, none open, opens.
    const opensReversed = (prev === '' || OPENS_AFTER.test(prev)) && /[\p{L}\p{N}]/u.test(next);
    switch (c) {
      case '«':
        if (d >= 0 && stack[d]!.mark === '»' && prev !== '' && !isSpace(prev)) closeAt(d, i);
        else push(i, c, 'double');
        break;
      case '„':
        push(i, c, 'double');
        break;
      case '»':
        if (d >= 0) closeAt(d, i);
        else if (opensReversed) push(i, c, 'double');
        else orphanClose(i);
        break;
      case '“':
        // German quotes open with „ and close with “.
        if (d >= 0 && stack[d]!.mark === '„' && !left) closeAt(d, i);
        else if (left) push(i, c, 'double');
        else if (right && d >= 0) closeAt(d, i);
        break;
      case '”':
        if (d >= 0 && (right || !left)) closeAt(d, i);
        else if (left && d < 0) push(i, c, 'double');
        else if (right) orphanClose(i);
        break;
      case '"':
        if (left && !right) push(i, c, 'double');
        else if (right && !left) {
          if (d >= 0) closeAt(d, i);
          else orphanClose(i);
        } else if (left && right && d < 0) push(i, c, 'double');
        else if (!isSpace(prev) || !isSpace(next)) {
          if (d >= 0) closeAt(d, i);
        }
        break;
      case '‘':
      case '‚':
      case '‹': {
        const s = openSingleAboveDouble();
        if (c === '‹' && s >= 0 && stack[s]!.mark === '›' && prev !== '' && !isSpace(prev)) closeAt(s, i);
        else if (left && !/\d/.test(next)) push(i, c, 'single');
        else if (c === '‘' && right && s >= 0) closeAt(s, i);
        break;
      }
      case '›':
        if (openSingleAboveDouble() >= 0) closeAt(openSingleAboveDouble(), i);
        else if (opensReversed) push(i, c, 'single');
        break;
      case '’':
      case "'": {
        if (between) break; // Putin’s, don't
        const s = openSingleAboveDouble();
        if (right && s >= 0 && !isPluralPossessive(text, i, stack.length > 1 && d >= 0)) closeAt(s, i);
        else if (c === "'" && left && !/\d/.test(next) && !right) push(i, c, 'single');
        break;
      }
    }
  }
  if (stack.length) {
    const o = stack[0]!;
    spans.push(trim(text, { open: o.index, close: null, start: o.start, end: n, family: o.family }));
  }
  return spans;
}

/**
 * `neighbours’ ` inside an open single quotation: a plural possessive, not the close, when another closing mark
 * for that quotation follows before any new single quote opens ("‘our neighbours’ rights matter’").
 */
function isPluralPossessive(text: string, i: number, insideDouble: boolean): boolean {
  if (!/[sS]/.test(text[i - 1] ?? '')) return false;
  for (let k = i + 1; k < text.length; k++) {
    const c = text[k]!;
    if (c === '‘' || (c === "'" && /[\s(]/.test(text[k - 1] ?? ' ') && /\S/.test(text[k + 1] ?? ' '))) return false;
    if (insideDouble && '”"»“'.includes(c)) return false;
    if ((c === '’' || c === "'") && !/[\p{L}\p{N}]/u.test(text[k + 1] ?? '') && /\S/.test(text[k - 1] ?? '')) return true;
  }
  return false;
}

function trim(text: string, s: QuoteSpan): QuoteSpan {
  let { start, end } = s;
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  return { ...s, start, end };
}

/** The writer's words in the same sentence before a quotation opens (`starts`: the paragraph's sentence starts). */
function textBefore(text: string, starts: number[], span: QuoteSpan): string {
  const at = span.open ?? span.start;
  // Bisection: asked for every quotation of a paragraph.
  return text.slice(starts[lowerBound(starts, at + 1) - 1] ?? 0, at);
}

/** An attribution after a quotation takes a few words; reading no further keeps long paragraphs linear. */
const ATTRIBUTION_WINDOW = 200;

function classify(text: string, starts: number[], first: QuoteSpan, last: QuoteSpan, quoted: string): QuoteKind {
  // One word with no punctuation of its own ("“Anonymous” is a loose group") is a name or a term, never a statement.
  if (!/[\s.,!?…;:]/u.test(quoted.trim())) return 'fragment';
  if (/[.!?…][”’"'»]?\s+[“‘"'«„]?\p{Lu}/u.test(quoted)) return 'statement';
  const before = textBefore(text, starts, first);
  const gloss = last.close === null ? 0 : glossLength(text, last.close + 1);
  const after = last.close === null ? '' : text.slice(last.close + 1 + gloss, last.close + 1 + gloss + ATTRIBUTION_WINDOW).trimStart();
  const opensClause =
    before.trim() === '' ||
    /:\s*$/.test(before) ||
    (endsWithSpeechVerb(before.replace(/,\s*$/, '')) && (/,\s*$/.test(before) || /^\p{Lu}/u.test(quoted)));
  if (opensClause) {
    const closesClause =
      last.close === null ||
      after === '' ||
      /^[,.;:!?)\u2013\u2014-]/.test(after) ||
      /[,.!?…;:]$/.test(quoted) ||
      startsWithAttribution(after);
    return closesClause ? 'statement' : 'fragment';
  }
  return /^\p{Lu}/u.test(quoted) && /[.!?]$/.test(quoted) && words(quoted).length >= 3 && !isTitleCase(quoted) ? 'statement' : 'fragment';
}

/** A quoted name or title has at most this many words. */
const TITLE_MAX_WORDS = 6;

/**
 * A line of any length written in title case ("Amazon Liable for Defective Third-Party Products Rules CA Appellate
 * Court"): every word of four letters or more capitalised, and at least TITLE_LINE_MIN_WORDS of them.
 */
export function isTitleCaseLine(line: string): boolean {
  const long = line.split(/\s+/u).map((w) => w.replace(/^\P{L}+|\P{L}+$/gu, '')).filter((w) => w.length >= 4);
  return long.length >= TITLE_LINE_MIN_WORDS && long.every((w) => /^\p{Lu}/u.test(w));
}
/** Long words a title-case line has at least: two capitalised words are as often a name alone ("Donald Trump"). */
const TITLE_LINE_MIN_WORDS = 4;

/**
 * Words in title case, as a programme, a book, a song or a policy is named ("Meet the Press.", "Turn to the East"):
 * two to six words, the first and last capitalised, at least half of them. A closing stop or comma is the sentence's.
 */
export function isTitleCase(quoted: string): boolean {
  const ws = quoted.replace(/[\s,;:.!?]+$/u, '').split(/\s+/u);
  const cap = (w: string) => /^\p{Lu}/u.test(w);
  // A title's words in lower case are small words ("Turn to the East", "Das Impfdilemma und seine Folgen"); a German
  // sentence, every noun capitalised, has verbs and adjectives in lower case ("Der Klimawandel schafft … Not", "Das ist
  // ein Skandal", "Es gab keine Verletzten").
  return (
    ws.length >= 2 &&
    ws.length <= TITLE_MAX_WORDS &&
    cap(ws[0]!) &&
    cap(ws.at(-1)!) &&
    ws.filter(cap).length * 2 >= ws.length &&
    ws.every((w) => cap(w) || /^\p{N}/u.test(w) || TITLE_SMALL_WORDS.has(w))
  );
}

interface Piece extends QuotationPart {
  /** Sentence starts of the piece's paragraph. */
  starts: number[];
  paragraph: string;
}

/**
 * Every direct quotation in the article's headline and body blocks, in reading order.
 * Never throws on unbalanced marks: an unclosed quotation ends with its paragraph and is flagged.
 */
export function extractQuotes(article: Pick<Article, 'blocks'>): Quotation[] {
  const out: Quotation[] = [];
  const blocks = article.blocks;
  let carry: Piece[] | null = null;
  const finish = (pieces: Piece[], unbalanced: boolean) => {
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    // Parts a paragraph's attribution interrupts ("…," he continued. "They …") are joined with an ellipsis for the
    // words left out; the paragraphs of a quotation that runs on are joined with a space.
    const text = pieces.map((p, k) => (k === 0 ? '' : p.blockIndex === pieces[k - 1]!.blockIndex ? ' … ' : ' ') + p.text).join('');
    const kind =
      pieces.length > 1 && first.blockIndex !== last.blockIndex
        ? 'statement'
        : classify(first.paragraph, first.starts, first, last, text);
    out.push({
      parts: pieces.map(({ starts: _s, paragraph: _p, ...part }) => part),
      text,
      kind,
      unbalanced,
    });
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (!QUOTABLE_KINDS.has(block.kind)) continue;
    const text = block.text;
    const spans = findQuoteSpans(text).flatMap((s) => splitAtIncises(text, s));
    const starts = sentenceStarts(text, spans);
    const pieces: Piece[] = spans
      .filter((s) => s.end > s.start && !(block.kind === 'body' && isQuotedTitle(text, s)))
      .map((s) => ({ ...s, blockIndex: b, text: text.slice(s.start, s.end), starts, paragraph: text }));
    let k = 0;
    if (carry) {
      // A quotation left open at the end of the previous paragraph continues when this one opens (or closes) it again.
      const head = pieces[0];
      const lead = text.length - text.trimStart().length;
      const continues =
        block.kind === 'body' &&
        head &&
        ((head.open === lead && head.family === carry[carry.length - 1]!.family) || head.open === null);
      if (continues) {
        carry.push(head);
        k = 1;
        if (head.close !== null) {
          k = mergeInterrupted(carry, pieces, k, text, true);
          finish(carry, false);
          carry = null;
        }
      } else {
        finish(carry, true);
        carry = null;
      }
    }
    while (k < pieces.length && !carry) {
      const group: Piece[] = [pieces[k]!];
      const before = textBefore(text, starts, group[0]!);
      k = mergeInterrupted(group, pieces, k + 1, text, before.trim() === '' || /:\s*$/.test(before));
      const last = group[group.length - 1]!;
      if (last.close === null) {
        if (block.kind === 'body') carry = group;
        else finish(group, true);
      } else finish(group, group[0]!.open === null);
    }
  }
  if (carry) finish(carry, true);
  return out;
}

/**
 * Nouns that introduce the quoted title of a publication or a work, in English and the languages whose quote marks
 * the extractor reads: the newspaper "Le Monde", der Zeitung „Die Welt“, le quotidien « Le Figaro ».
 */
const TITLE_NOUN =
  /(?<![\p{L}])(?:newspaper|daily|weekly|paper|magazine|journal|tabloid|broadcaster|channel|station|programme|program|show|podcast|book|novel|film|movie|documentary|album|song|series|website|blog|zeitung|zeitschrift|magazin|sender|quotidien|hebdomadaire|diario|periódico|revista|giornale|quotidiano|krant|dagblad|газета|журнал)\s*$/iu;
/** `told the „Saarbrücker Rundschau“`, `in the "Financial Times"`: a quoted name after a verb or preposition and "the". */
const AFTER_THE = /\b(?:told|to|in|by|from|for|with|on)\s+the\s*$/i;

/**
 * A short quoted name in title case that a publication noun or "told the" introduces is the name of a newspaper,
 * a film or a programme, not anybody's words. Headlines are never asked: every word there is capitalised.
 */
function isQuotedTitle(text: string, span: QuoteSpan): boolean {
  const inner = text.slice(span.start, span.end);
  const ws = inner.split(/\s+/u);
  const at = span.open ?? span.start;
  const before = text.slice(Math.max(0, at - TITLE_CONTEXT_CHARS), at);
  // `a paper titled “The importance of …”`, `malware, dubbed “Agent Smith,”`, `a seller called “E-Life,”`: what a
  // thing is titled or called is its name, whatever its case or length (a name, a short one).
  if (TITLED.test(before)) return true;
  if (CALLED.test(before) && ws.length <= NAME_MAX_WORDS) return true;
  // "the case “Eva Glawischnig-Piesczek vs. Facebook Ireland Limited”": a lawsuit's name, one party against another.
  if (ws.length <= CASE_NAME_MAX_WORDS && CASE_NAME.test(inner) && ws.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w) || /^(?:v|vs)\.?$|^versus$/.test(w))) return true;
  if (ws.length > 6 || /[.,;:!?…]$/u.test(inner)) return false;
  if (!ws.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w)) || !/^[\p{Lu}\d]/u.test(inner)) return false;
  return TITLE_NOUN.test(before) || AFTER_THE.test(before);
}
/**
 * "titled", "entitled", with or without a colon, right before the quotation, and the same in French, Spanish, Italian
 * and Portuguese ("un rapport intitulé « … »", "un libro titulado …").
 */
const TITLED = /(?<![\p{L}])(?:titled|entitled|intitulée?s?|titrée?s?|titulad[oa]s?|intitolat[oaie]|intitulad[oa]s?)\s*:?\s*$/iu;
/**
 * "dubbed", or a thing introduced by "a"/"an" and "called" or "named", right before the quotation: "a seller called",
 * "a program about criminal rehabilitation at Fishmongers' Hall called" (up to seven words of description between).
 */
// ("une comédie musicale nommée « Les bâtisseurs de la gloire »", "baptisée « Europe »", "una operación llamada …".)
const CALLED =
  /(?<![\p{L}])(?:dubbed|nicknamed|codenamed|baptisée?s?|surnommée?s?|dénommée?s?|apodad[oa]s?|soprannominat[oaie]|apelidad[oa]s?|(?:a|an|un|une|una|uno|um|uma)\s+(?:[\p{L}'’-]+\s+){0,7}(?:called|named|nommée?s?|appelée?s?|llamad[oa]s?|denominad[oa]s?|chiamat[oaie]|denominat[oaie]|chamad[oa]s?))\s*$/iu;
/** Two capitalised parties on either side of "v.", "vs." or "versus", every word of the name capitalised. */
const CASE_NAME = /^\p{Lu}.*?\s(?:(?:v|vs)\.?|versus)\s+\p{Lu}/u;
/** Words of a case's name: "Republic of the Philippines v. People's Republic of China" has eight. */
const CASE_NAME_MAX_WORDS = 12;
/** Characters read before a quotation for what introduces a title or name: a thing and seven words describing it. */
const TITLE_CONTEXT_CHARS = 90;
/** Words a name given that way has at most. */
const NAME_MAX_WORDS = 6;

/**
 * A quotation with its attribution set inside its marks ("« Cette loi, c’est …, affirme-t-elle. Je crois … »") as the
 * two quoted stretches around the incise: the speaker did not say "affirme-t-elle", and the incise between two pieces
 * is then read, and the pieces joined, as an attribution between two quotations is. The first piece closes at the
 * incise's comma and the second opens after the punctuation that ends it.
 */
function splitAtIncises(text: string, span: QuoteSpan): QuoteSpan[] {
  if (span.open === null || span.close === null || span.family !== 'double') return [span];
  const incise = inciseWithin(text, span);
  if (!incise) return [span];
  const first = trim(text, { ...span, close: incise.from, end: incise.from });
  const rest = trim(text, { ...span, open: incise.to, start: incise.to });
  return [first, ...splitAtIncises(text, rest)];
}

/** Characters read after a quotation for an attribution of its own (`," he said, adding`). */
const OWN_ATTRIBUTION_CHARS = 120;

/**
 * `"…," he continued. "…"`: the next quotation joins this one when only an attribution stands between them.
 * Only a quotation that opens its sentence (`standalone`) can be interrupted; a fragment is never continued.
 */
function mergeInterrupted(group: Piece[], pieces: Piece[], k: number, text: string, standalone: boolean): number {
  while (standalone && k < pieces.length) {
    const last = group[group.length - 1]!;
    const next = pieces[k]!;
    if (last.close === null || next.open === null) break;
    const gap = text.slice(last.close + 1, next.open);
    // `"… stattfindet." Göring-Eckardt sagte: "…"`: after a finished sentence, a colon points the attribution forward,
    // to a quotation that may be somebody else's.
    if (/:\s*$/.test(gap) && /[.!?…]$/u.test(text.slice(last.start, last.end))) break;
    if (!isAttributionOnly(gap)) break;
    // `"…," he said. "…," he said, adding …`: a quotation with an attribution of its own after it is a statement of its
    // own, not the rest of this one.
    // (The quotation's sentence must go on after it: `"…." She added that …` opens another sentence. The two pieces of
    // one quotation cut at an incise inside its marks, `« …, a-t-il déclaré. … », dit Macron`, stay one.)
    const closedByMark = QUOTE_MARKS.includes(text[last.close] ?? ' ');
    if (closedByMark && next.close !== null && (/,\s*$/.test(text.slice(next.start, next.close)) || /^\s*,/.test(text.slice(next.close + 1))) && startsWithAttribution(text.slice(next.close + 1, next.close + 1 + OWN_ATTRIBUTION_CHARS))) break;
    group.push(next);
    k++;
  }
  return k;
}
