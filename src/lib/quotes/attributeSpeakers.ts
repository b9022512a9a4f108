// Who said each quotation, read from the words around it: `"…," Putin said`, `"…," said Putin`, `Putin said: "…"`,
// `"…," the Russian leader was quoted as saying`, `according to …`, and "he"/"she" for the last person named as
// speaking. A quotation whose text names no speaker stays unattributed: the index never guesses.
import type { Article } from '../records/article.ts';
import { QUOTABLE_KINDS, type Quotation } from './extractQuotes.ts';
import { attributionClauseAt, glossLength, sentenceStarts, skippable, verbTense, type QuoteSpan } from './attributionGrammar.ts';
import { quoteKey } from '../text/normalizeStyle.ts';
import { splitSentences } from '../text/sentences.ts';
import { speechVerbTense, type Tense } from '../text/lexicon/speechVerbs.ts';
import { buildAliasTable, mentionEndingAt, parseMention, resolveMention, type AliasTable, type Mention, type Person } from './speakerAliases.ts';
import { gapBefore, tokenize, type Token } from '../text/tokens.ts';

interface SpeechAct {
  /** Where the act's words start and end in the block text (the mention or the verb, whichever comes first/last). */
  start: number;
  end: number;
  /** Offset of the verb (or of "according"). */
  verbAt: number;
  form: 'subject' | 'inverted' | 'according' | 'participle' | 'none' | 'colon';
  mention: Mention | null;
  sentenceInitial: boolean;
  plural: boolean;
  /** The act introduces or follows a quotation directly (`"…," Smith said`, `Smith said: "…"`). */
  quoting: boolean;
  /** Filled in reading order by `resolveActs`. */
  person: Person | null;
}

/**
 * Quote interiors blanked out, so no word inside a quotation is read as the writer's; so is a gloss in brackets
 * right after a quotation (`« Nous ne céderons pas » (we will not back down), the minister said`), which stands
 * between a quotation and its attribution without being either.
 */
function mask(text: string, spans: QuoteSpan[]): string {
  const out: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    const gloss = s.close === null ? 0 : glossLength(text, s.close + 1);
    const to = gloss ? s.close! + 1 + gloss : s.end;
    out.push(text.slice(at, s.start), ' '.repeat(to - s.start));
    at = to;
  }
  out.push(text.slice(at));
  return out.join('');
}

function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(0, offset).trimEnd();
  return before === '' || /[.!?:]["”’»]?$/.test(before);
}

/** The speaker named just before token `v`, allowing "also", "on Thursday" and a parenthetical between them. */
function subjectBefore(text: string, toks: Token[], v: number): Mention | null {
  let k = v;
  for (let n = 0; n < 4 && k > 0 && skippable(toks[k - 1]!) && /^\s+$/.test(gapBefore(text, toks, k)); n++) k--;
  const direct = /^\s+$/.test(gapBefore(text, toks, k)) ? mentionEndingAt(text, toks, k) : null;
  if (direct) return direct;
  // "Xi Jinping, in parallel, said" / "The Russian leader – on a two-day visit – said"
  const gap = gapBefore(text, toks, k).trim();
  if (gap !== ',' && !/^[\u2013\u2014-]$/.test(gap)) return null;
  for (let a = k - 1; a > Math.max(0, k - 14); a--) {
    const g = gapBefore(text, toks, a);
    if (/[.!?;:]/.test(g)) return null;
    if (g.trim() === gap) return mentionEndingAt(text, toks, a);
  }
  return null;
}

/** Where the last quotation closing before `at` closes (spans are in text order). */
function lastCloseBefore(spans: QuoteSpan[], at: number): number | null {
  return spans.findLast((s) => s.close !== null && s.close < at)?.close ?? null;
}

/** The speech acts of one paragraph, in order. `titleCase`: a headline, where verbs may be capitalised. */
function findSpeechActs(text: string, spans: QuoteSpan[], titleCase: boolean): SpeechAct[] {
  const masked = mask(text, spans);
  const toks = tokenize(masked);
  const acts: SpeechAct[] = [];
  const make = (form: SpeechAct['form'], m: Mention | null, v: number, end: number, plural = false): SpeechAct => {
    const start = m && m.from < v ? toks[m.from]!.start : toks[v]!.start;
    const closed = lastCloseBefore(spans, start);
    const opened = spans.find((s) => s.open !== null && s.open >= end)?.open ?? null;
    const quoting =
      (closed !== null && /^[\s,;:\u2013\u2014-]*$/.test(masked.slice(closed + 1, start))) ||
      (opened !== null && /^[\s,:]*$/.test(masked.slice(end, opened)));
    return {
      quoting,
      start,
      end,
      verbAt: toks[v]!.start,
      form,
      mention: m,
      sentenceInitial: m ? atSentenceStart(masked, toks[m.from]!.start) : false,
      plural,
      person: null,
    };
  };
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    if (t.lower === 'according' && toks[v + 1]?.lower === 'to') {
      let e = v + 2;
      while (toks[e] && /^\s+$/.test(gapBefore(masked, toks, e)) && e - v < 10) e++;
      const m = e > v + 2 ? mentionEndingAt(masked, toks, e, v + 2) : null;
      acts.push(make('according', m, v, toks[e - 1]?.end ?? t.end));
      continue;
    }
    const tense = verbTense(t, titleCase);
    if (!tense) continue;
    if (t.lower === 'saying' && toks[v - 1]?.lower === 'as') {
      if (toks[v - 2]?.lower === 'quoted') {
        // "…," the Russian leader was quoted as saying
        let s = v - 2;
        while (s > 0 && /^(?:was|were|is|been|has|had)$/.test(toks[s - 1]!.lower)) s--;
        acts.push(make('subject', subjectBefore(masked, toks, s), v, t.end));
      } else {
        // RIA Novosti quoted the Russian leader as saying
        let found: Mention | null = null;
        for (let q = v - 3; q >= Math.max(0, v - 12); q--) {
          if (toks[q]!.lower !== 'quoted') continue;
          const m = parseMention(masked, toks, q + 1);
          if (m && m.to === v - 1) found = m;
          break;
        }
        acts.push(make(found ? 'subject' : 'participle', found, v, t.end));
      }
      continue;
    }
    const subject = subjectBefore(masked, toks, v);
    if (subject) {
      acts.push(make('subject', subject, v, t.end, tense === 'base'));
      continue;
    }
    // `"…," said Putin`: a verb right after a closing quote mark may have its speaker after it.
    const closed = lastCloseBefore(spans, t.start);
    const afterQuote = closed !== null && /^[\s,]*$/.test(masked.slice(closed + 1, t.start));
    if (afterQuote && (tense === 'past' || tense === 'present')) {
      const m = parseMention(masked, toks, v + 1);
      if (m && !m.possessive) {
        acts.push(make('inverted', m, v, toks[m.to - 1]!.end));
        continue;
      }
    }
    acts.push(make(tense === 'ing' ? 'participle' : 'none', null, v, t.end));
  }
  return acts;
}

/** In a headline, `'We are grateful': Putin thanks China` and `Putin: 'We will win'` name the speaker at the colon. */
function headlineColonAct(text: string, spans: QuoteSpan[], span: QuoteSpan): SpeechAct | null {
  const masked = mask(text, spans);
  let from: number | null = null;
  if (span.close !== null) {
    const m = /^\s*:\s*/.exec(masked.slice(span.close + 1));
    if (m) from = span.close + 1 + m[0].length;
  }
  const toks = tokenize(masked);
  if (from !== null) {
    const i = toks.findIndex((t) => t.start === from);
    const m = i >= 0 ? parseMention(masked, toks, i) : null;
    if (m && !m.possessive && m.kind !== 'pronoun') return colonAct(toks, m, true);
  }
  const before = masked.slice(0, span.open ?? span.start);
  if (/^[^:]+:\s*$/.test(before)) {
    const end = toks.filter((t) => t.start < before.indexOf(':')).length;
    const m = end > 0 ? mentionEndingAt(masked, toks, end) : null;
    if (m && m.from === 0 && !m.possessive && m.kind !== 'pronoun') return colonAct(toks, m, true);
  }
  return null;
}

function colonAct(toks: Token[], m: Mention, sentenceInitial: boolean): SpeechAct {
  const first = toks[m.from]!;
  return {
    start: first.start,
    end: toks[m.to - 1]!.end,
    verbAt: first.start,
    form: 'colon',
    mention: m,
    sentenceInitial,
    plural: false,
    quoting: true,
    person: null,
  };
}

export interface Attribution {
  speaker: string | null;
  speakerMention: string | null;
}

/** A person named in the writer's text without speaking ("Jean Dupont visited the site"). */
interface NamedPerson {
  at: number;
  mention: Mention;
  sentenceInitial: boolean;
}

function findNamedPersons(text: string, spans: QuoteSpan[]): NamedPerson[] {
  const masked = mask(text, spans);
  const toks = tokenize(masked);
  const out: NamedPerson[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = parseMention(masked, toks, i);
    if (!m) continue;
    if ((m.kind === 'name' || m.kind === 'role') && !m.possessive) {
      out.push({ at: toks[i]!.start, mention: m, sentenceInitial: atSentenceStart(masked, toks[i]!.start) });
    }
    i = m.to - 1;
  }
  return out;
}

function isPersonLike(p: Person): boolean {
  return p.tokens.length > 1 || p.roles.length > 0 || p.gender !== null;
}

/**
 * Resolves every act's mention in reading order. "he"/"she" take the last person named as speaking or as the
 * subject of a sentence ("Finance Minister Johan Ekdahl welcomed the decision. “…,” he said"); only when none of
 * them fits (by gender, where a title gives it) do they take the last person named at all. A lone name counts as
 * an antecedent only with some sign of being a person (a title, a role, a first name, or a direct quotation of its
 * own), so "Moscow says…" is never what "he" refers to.
 */
function resolveActs(blocks: { acts: SpeechAct[]; people: NamedPerson[] }[], table: AliasTable): void {
  const speakers: Person[] = [];
  const named: Person[] = [];
  const fits = (wanted: Person['gender']) => (p: Person) => p.gender === null || p.gender === wanted;
  for (const b of blocks) {
    const events = [
      ...b.acts.map((a) => ({ at: a.start, act: a as SpeechAct | null, person: null as NamedPerson | null })),
      ...b.people.map((p) => ({ at: p.at, act: null, person: p })),
    ].sort((x, y) => x.at - y.at || (x.act ? 1 : 0) - (y.act ? 1 : 0));
    for (const e of events) {
      if (e.person) {
        const p = resolveMention(table, e.person.mention, e.person.sentenceInitial);
        if (p && isPersonLike(p)) {
          named.push(p);
          if (e.person.sentenceInitial) speakers.push(p);
        }
        continue;
      }
      const a = e.act!;
      const m = a.mention;
      if (!m || a.plural) continue;
      if (m.kind === 'pronoun') {
        const wanted = m.text.toLowerCase() === 'she' ? 'female' : 'male';
        // One whose title gives the pronoun's gender ("Mrs Kowalski" for "she") wins over a nearer one of unknown gender.
        a.person =
          speakers.findLast((p) => p.gender === wanted) ?? speakers.findLast(fits(wanted)) ?? named.findLast(fits(wanted)) ?? null;
        continue;
      }
      a.person = resolveMention(table, m, a.sentenceInitial);
      const p = a.person;
      if (p && (a.quoting || isPersonLike(p))) speakers.push(p);
    }
  }
}

function hasBarrier(masked: string, from: number, to: number): boolean {
  const between = masked.slice(from, to);
  if (/;/.test(between)) return true;
  // ", echoing their commitment to the “…”": a participle clause of the writer's own ends the reported speech.
  for (const m of between.matchAll(/,\s+(\p{Ll}+ing)\b/gu)) if (speechVerbTense(m[1]!) === null) return true;
  return false;
}

interface BlockActs {
  text: string;
  masked: string;
  sentenceStarts: number[];
  spans: QuoteSpan[];
  acts: SpeechAct[];
  people: NamedPerson[];
}

/**
 * Speakers for the quotations of one story's articles (`quotes[i]` belongs to `articles[i]`). The alias table is
 * built from all the story's texts, so "the Chinese president" in one article can lean on "Chinese President
 * Xi Jinping" in another; pronouns are resolved within each article only.
 */
export function attributeSpeakers(articles: Article[], quotes: Quotation[][]): Attribution[][] {
  const perArticle = articles.map((a, ai) =>
    a.blocks.map((b, bi): BlockActs | null => {
      if (!QUOTABLE_KINDS.has(b.kind)) return null;
      const spans = quotes[ai]!.flatMap((q) => q.parts.filter((p) => p.blockIndex === bi));
      return {
        text: b.text,
        masked: mask(b.text, spans),
        sentenceStarts: sentenceStarts(b.text, spans),
        spans,
        acts: findSpeechActs(b.text, spans, b.kind === 'headline'),
        people: findNamedPersons(b.text, spans),
      };
    }),
  );
  const texts = articles.flatMap((a) =>
    a.blocks.filter((b) => ['headline', 'standfirst', 'body', 'caption', 'subhead'].includes(b.kind)).map((b) => b.text),
  );
  const speakerNames = perArticle
    .flat()
    .flatMap((b) => b?.acts ?? [])
    .filter((a) => a.mention?.kind === 'name' && !a.plural && (a.form !== 'according' || a.mention.name.length > 1))
    .map((a) => a.mention!.name);
  const table = buildAliasTable(texts, speakerNames);

  return articles.map((article, ai) => {
    const blocks = perArticle[ai]!;
    resolveActs(
      blocks.filter((b): b is BlockActs => b !== null),
      table,
    );
    const found = quotes[ai]!.map((q) => attributeQuotation(article, blocks, q, table));
    return found.map((f, qi) => (f.speaker === null ? (echoedSpeaker(article, quotes[ai]!, found, qi) ?? f) : f));
  });
}

/**
 * A headline, standfirst or subhead that repeats words quoted in the body (`minister vows 'we will not give in'`)
 * quotes the body's speaker, when every body quotation with those words has that one speaker.
 */
function echoedSpeaker(article: Article, quotes: Quotation[], found: Attribution[], qi: number): Attribution | null {
  if (article.blocks[quotes[qi]!.parts[0]!.blockIndex]!.kind === 'body') return null;
  const key = quoteKey(quotes[qi]!.text).join(' ');
  if (!key) return null;
  const sources = quotes.flatMap((q, k) =>
    article.blocks[q.parts[0]!.blockIndex]!.kind === 'body' && ` ${quoteKey(q.text).join(' ')} `.includes(` ${key} `)
      ? [found[k]!]
      : [],
  );
  const speaker = sources[0]?.speaker ?? null;
  return speaker !== null && sources.every((a) => a.speaker === speaker) ? sources[0]! : null;
}

function attributeQuotation(article: Article, blocks: (BlockActs | null)[], q: Quotation, table: AliasTable): Attribution {
  const first = q.parts[0]!;
  const last = q.parts[q.parts.length - 1]!;
  const candidates: (SpeechAct | null)[] = [];
  const trailingOf = (part: (typeof q.parts)[number]) => {
    const b = blocks[part.blockIndex];
    if (!b || part.close === null) return null;
    const next = b.acts
      .filter((a) => a.start > part.close! && a.form !== 'participle')
      .reduce<SpeechAct | null>((best, a) => (!best || a.start < best.start ? a : best), null);
    return next && /^[\s,;:\u2013\u2014-]*$/.test(b.masked.slice(part.close + 1, next.start)) ? next : null;
  };
  const leadingOf = (part: (typeof q.parts)[number]) => {
    const b = blocks[part.blockIndex];
    if (!b) return null;
    const at = part.open ?? part.start;
    const from = b.sentenceStarts.findLast((s) => s <= at) ?? 0;
    const masked = b.masked;
    const before = b.acts.filter((a) => a.verbAt >= from && a.end <= at);
    for (let k = before.length - 1; k >= 0; k--) {
      const a = before[k]!;
      if (hasBarrier(masked, a.end, at)) return null;
      if (a.form === 'participle') continue;
      return a;
    }
    return null;
  };
  const trailing = [...new Set([trailingOf(first), ...q.parts.slice(1).map(trailingOf), trailingOf(last)])];
  const trailingDirect = trailing.filter((a) => a && a.form !== 'according');
  const trailingAccording = trailing.filter((a) => a && a.form === 'according' && a.person);
  const leading = leadingOf(first);
  const headline = article.blocks[first.blockIndex]!.kind === 'headline' ? blocks[first.blockIndex] : null;
  const colon = headline ? headlineColonAct(headline.text, headline.spans, first) : null;
  if (colon) colon.person = colon.mention ? resolveMention(table, colon.mention, true) : null;
  if (q.kind === 'statement') candidates.push(...trailingDirect, leading, ...trailingAccording, colon);
  else candidates.push(leading, ...trailingDirect, ...trailingAccording, colon);
  const act = candidates.find((a) => a && (a.mention || a.form === 'none')) ?? null;
  if (!act || !act.mention || act.plural) return { speaker: null, speakerMention: null };
  if (act.form === 'according' && !act.person) return { speaker: null, speakerMention: null };
  return { speaker: act.person?.name ?? null, speakerMention: act.mention.text };
}
