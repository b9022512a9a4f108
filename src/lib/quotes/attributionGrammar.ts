// The grammar of an attribution clause (`Putin said`, `said Mr Xi`, `according to …`) and of the text around a
// quotation: what both finding quotations and attributing them need, so neither imports the other.
import { SHORT_FORMS, splitSentences } from '../text/sentences.ts';
import { speechVerbTense, type Tense } from '../text/lexicon/speechVerbs.ts';
import { parseMention, type Mention } from './speakerAliases.ts';
import { gapBefore, tokenize, type Token } from '../text/tokens.ts';
import { FRENCH_INVERSION, PAST_AUXILIARIES, REFLEXIVES_BEFORE_VERB } from '../text/lexicon/otherLanguages.ts';
import { OTHER_LANGUAGE_SPEECH_VERBS } from '../text/lexicon/speechVerbs.ts';

/** One top-level quoted stretch in one paragraph. Offsets are in the paragraph text. */
export interface QuoteSpan {
  /** Index of the opening mark, or null when the paragraph starts inside a quotation whose opening mark is missing. */
  open: number | null;
  /** Index of the closing mark, or null when the paragraph ends before the quotation closes. */
  close: number | null;
  /** The quoted text is `text.slice(start, end)`: marks and the spaces just inside them excluded. */
  start: number;
  end: number;
  family: 'double' | 'single';
}

/** Words that may stand between a speaker and the verb: "Putin also said", "Mr Xi on Thursday told", "he has said". */
const BETWEEN = new Set(
  (
    'also too even later then has had have was is were would will again once further earlier previously separately ' +
    'reportedly repeatedly recently today yesterday tonight on last this week month year morning evening afternoon ' +
    'night himself herself monday tuesday wednesday thursday friday saturday sunday ' +
    // "Bloomberg now denies …", "has since said", "still insists", "initially claimed".
    'now since still already initially originally subsequently afterwards ' +
    // The same in French, Spanish, Italian and Portuguese: "Andrej Babiš a également déclaré", "Siches también dijo".
    'également aussi encore déjà toujours ensuite notamment finalement récemment publiquement alors ainsi enfin ' +
    'hier aussitôt immédiatement pourtant cependant toutefois néanmoins lui-même elle-même vivement fermement ' +
    'clairement officiellement lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'también además ya ' +
    'luego nuevamente posteriormente recientemente públicamente anche già poi ancora inoltre ainda já depois'
  ).split(' '),
);

/** The tense of a speech verb, or null. In running text a capitalised "States" or "Says" is no verb; in a headline it may be. */
export function verbTense(t: Token, titleCase: boolean): Tense | null {
  if (!titleCase && t.text !== t.lower) return null;
  return speechVerbTense(t.lower);
}

export function skippable(t: Token): boolean {
  // "Le ministre a déclaré", "Meloni ha detto": the auxiliary of another language's compound past, as "has said".
  return BETWEEN.has(t.lower) || PAST_AUXILIARIES.has(t.lower) || REFLEXIVES_BEFORE_VERB.has(t.lower) || (t.text === t.lower && /^\p{L}{3,}ly$/u.test(t.text) && speechVerbTense(t.lower) === null);
}

/**
 * French asides of several words between a subject and its verb ("Pierre Moscovici a pour sa part ajouté", "le
 * gouvernement a de son côté dénoncé"), as the one-word ones of BETWEEN are.
 */
const ASIDES = ['pour sa part', 'pour leur part', 'de son côté', 'de leur côté', 'quant à lui', 'quant à elle', 'à son tour', 'à leur tour'].map((p) => p.split(' '));

/** Where an aside that ends just before token `k` starts (words joined by spaces only), or `k` when none does. */
export function asideStart(text: string, toks: Token[], k: number): number {
  for (const words of ASIDES) {
    const s = k - words.length;
    if (s >= 0 && words.every((w, i) => toks[s + i]!.lower === w && (i === 0 || /^\s+$/.test(gapBefore(text, toks, s + i)))) && toks[k] && /^\s+$/.test(gapBefore(text, toks, k))) return s;
  }
  return k;
}

export interface Clause {
  mention: Mention;
  /** Token index just after the clause. */
  to: number;
}

/** `Putin said`, `the Russian leader was quoted as saying`, `said Mr Xi`, `according to John Smith` at token i. */
export function attributionClauseAt(text: string, toks: Token[], i: number): Clause | null {
  const t = toks[i];
  if (!t) return null;
  const inverted = frenchInversionAt(toks, i, text);
  if (inverted) return inverted;
  if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
    const m = parseMention(text, toks, i + 2);
    return m ? { mention: m, to: m.to } : null;
  }
  const tense = verbTense(t, false);
  if (tense === 'past' || tense === 'present') {
    const m = parseMention(text, toks, i + 1);
    if (m && m.kind !== 'pronoun' && !m.possessive) return { mention: m, to: m.to };
  }
  const m = parseMention(text, toks, i);
  if (!m || m.possessive) return null;
  const appositive = m.kind === 'name' && /^\s*,\s*$/.test(gapBefore(text, toks, m.to)) ? verbAfterAppositive(text, toks, m.to) : null;
  if (appositive !== null) return { mention: m, to: appositive + 1 };
  let j = m.to;
  while (toks[j] && skippable(toks[j]!) && /^\s+$/.test(gapBefore(text, toks, j))) j++;
  const v = toks[j];
  if (!v || !/^\s+$/.test(gapBefore(text, toks, j))) return null;
  if (v.lower === 'quoted' && toks[j + 1]?.lower === 'as' && toks[j + 2]?.lower === 'saying') return { mention: m, to: j + 3 };
  const vt = verbTense(v, false);
  return vt && vt !== 'ing' && vt !== 'base' ? { mention: m, to: j + 1 } : null;
}

/** `Sophie Lindqvist, an analyst at Seaview, told`: the verb after an appositive that starts at token `from`. */
export function verbAfterAppositive(text: string, toks: Token[], from: number): number | null {
  for (let k = from + 1; k < Math.min(toks.length, from + 16); k++) {
    const g = gapBefore(text, toks, k);
    // "Jack Garner, film critic for the news service said.": the closing comma is often left out when the verb ends
    // the sentence; a relative clause ("Smith, who said") is no appositive.
    if (/^(?:who|whom|whose|which|that)$/.test(toks[k]!.lower)) return null;
    if (/^\s+$/.test(g) && k > from + 2) {
      const t = verbTense(toks[k]!, false);
      const after = toks[k + 1] ? gapBefore(text, toks, k + 1) : text.slice(toks[k]!.end);
      if ((t === 'past' || t === 'present') && /^\s*(?:[.!?]|$)/.test(after)) return k;
    }
    if (!/^\s*,\s*$/.test(g)) continue;
    const t = verbTense(toks[k]!, false);
    return t === 'past' || t === 'present' ? k : null;
  }
  return null;
}

/**
 * Verbs French inverts in a parenthesis of the speaker's own ("…, semble-t-il, …", "…, faut-il le rappeler, …", "…,
 * peut-être, …"), or in a question ("va-t-il", "peut-il"): no incise of the writer's.
 */
const FRENCH_IMPERSONAL = new Set(
  'est était sera serait semble semblait paraît paraissait parait faut fallait faudra faudrait convient suffit agit reste restait va allait vaut valait peut pouvait pourrait doit devait devrait sait'.split(' '),
);

/**
 * French inversion at token `i`, the pronoun inside the verb's token: "dit-il", "explique-t-elle", "a-t-il déclaré".
 * The clause ends after the verb (and the participle after "a-t-il"). Given the `text` the tokens are of, any verb
 * inverted so and closed by a comma or a stop is one: beside a quotation French writes the manner of speaking in the
 * incise ("glisse-t-il", "soupire-t-elle", "sourit-il"), where a question ("peut-il ?") goes on or asks.
 */
export function frenchInversionAt(toks: Token[], i: number, text?: string): Clause | null {
  const t = toks[i];
  const m = t ? FRENCH_INVERSION.exec(t.lower) : null;
  if (!t || !m) return null;
  const closed = () => text !== undefined && !FRENCH_IMPERSONAL.has(m[1]!) && toks[i - 1]?.lower !== 'y' && inciseEnd(text, toks, i + 1) !== null;
  const to = PAST_AUXILIARIES.has(m[1]!) && toks[i + 1] && speechVerbTense(toks[i + 1]!.lower) ? i + 2 : speechVerbTense(m[1]!) || closed() ? i + 1 : null;
  if (to === null) return null;
  const pronoun = t.text.slice(t.text.length - m[2]!.length);
  return { mention: { kind: 'pronoun', text: pronoun, from: i, to: i + 1, nation: null, role: null, title: null, name: [], possessive: false }, to };
}

/**
 * The attribution clause of an incise at token `v`, just after its comma: French inversion ("affirme-t-elle", "a-t-il
 * déclaré"), or another language's verb and a name ("rappelle Ana Sofia Cardenal"). What may follow it is for the
 * caller to judge.
 */
export function inciseClauseAt(text: string, toks: Token[], v: number): Clause | null {
  const inverted = frenchInversionAt(toks, v, text);
  if (inverted || !OTHER_LANGUAGE_SPEECH_VERBS.has(toks[v]!.lower)) return inverted;
  const m = parseMention(text, toks, v + 1);
  return m && m.kind === 'name' && !m.possessive ? { mention: m, to: m.to } : null;
}

/** Words an incise's description of its speaker may run to ("…, rappelle Ana Sofia Cardenal, professeure de … ."). */
const INCISE_WORDS = 14;

/**
 * The token after the words that end an incise from token `k` ("lorsqu’on le croise devant la bibliothèque"), at the
 * first comma or stop within INCISE_WORDS; null at a question mark or when none comes so soon.
 */
export function inciseEnd(text: string, toks: Token[], k: number): number | null {
  for (let j = k; j - k <= INCISE_WORDS; j++) {
    const gap = toks[j] ? gapBefore(text, toks, j) : text.slice(toks[j - 1]!.end);
    const stop = /[,.;:!?…]/u.exec(gap);
    if (stop) return stop[0] === '?' ? null : j;
    if (!toks[j]) return j;
  }
  return null;
}

/**
 * French and Spanish copy sets the attribution inside the quotation marks, between commas: "« Cette loi, c’est …,
 * affirme-t-elle. Je crois … »", "“La désinformation …, rappelle Ana Sofia Cardenal, professeure … . Dans …”". Where
 * such an incise stands inside `span` with quoted words on both sides, the offsets of its opening comma and of the
 * end of the punctuation that closes it; null when there is none. Only other languages' verbs and French inversion
 * are read: English quotes never interrupt themselves so.
 */
export function inciseWithin(text: string, span: QuoteSpan): { from: number; to: number } | null {
  const inner = text.slice(span.start, span.end);
  const toks = tokenize(inner);
  for (let v = 1; v < toks.length - 2; v++) {
    const dashed = dashIncise(inner, toks, v);
    if (dashed) return { from: span.start + dashed.from, to: span.start + dashed.to };
    if (!/^,\s+$/.test(gapBefore(inner, toks, v))) continue;
    const clause = inciseClauseAt(inner, toks, v);
    let end: number | null = null;
    if (clause?.mention.kind === 'pronoun') end = inciseEnd(inner, toks, clause.to);
    else if (clause) {
      // The name, and a description of the speaker up to the comma or stop that closes the incise.
      let k = clause.to;
      while (k < toks.length && k - clause.to <= INCISE_WORDS && !/[.;:!?]/.test(gapBefore(inner, toks, k)) && !(k > clause.to && /,/.test(gapBefore(inner, toks, k)))) k++;
      if (k < toks.length && k - clause.to <= INCISE_WORDS) end = k;
    }
    if (end === null || end >= toks.length - 1) continue;
    const closing = /^\s*([,.])\s+/.exec(gapBefore(inner, toks, end));
    if (!closing) continue;
    const comma = toks[v - 1]!.end + inner.slice(toks[v - 1]!.end).indexOf(',');
    return { from: span.start + comma, to: span.start + toks[end - 1]!.end + closing[0].trimEnd().length };
  }
  return null;
}

/** Characters a Spanish incise between dashes may run to ("—afirmó el ministro de Hacienda, Pedro López—"). */
const DASH_INCISE_CHARS = 160;

/**
 * Spanish and Portuguese copy set the attribution between dashes inside the quotation: "“No vamos a permitirlo
 * —afirmó el ministro—. Es inaceptable”". At token `v`, a verb of saying right after a dash, the incise's offsets in
 * `inner` from the opening dash to the closing one and the punctuation after it, when quoted words follow.
 */
function dashIncise(inner: string, toks: Token[], v: number): { from: number; to: number } | null {
  const gap = gapBefore(inner, toks, v);
  if (!/[\u2013\u2014]\s*$/.test(gap)) return null;
  const verb = toks[v]!.lower;
  const tense = speechVerbTense(verb);
  if (!OTHER_LANGUAGE_SPEECH_VERBS.has(verb) && tense !== 'past' && tense !== 'present') return null;
  const from = toks[v - 1]!.end + gap.search(/[\u2013\u2014]/);
  const close = inner.slice(toks[v]!.end, toks[v]!.end + DASH_INCISE_CHARS).search(/[\u2013\u2014]/);
  if (close < 0) return null;
  const at = toks[v]!.end + close;
  const after = /^[\u2013\u2014]\s*[,.;]?/.exec(inner.slice(at))![0];
  return /\p{L}/u.test(inner.slice(at + after.length)) ? { from, to: at + after.length } : null;
}

/** Offsets where sentences start, leaving out breaks that fall inside a quotation ("…anyone. Our cooperation…"). */
export function sentenceStarts(text: string, spans: QuoteSpan[]): number[] {
  const starts: number[] = [];
  let from = 0;
  // Sentences and quotations both come in reading order: one pointer walks the quotations, so a long paragraph stays
  // linear. A sentence break inside a quotation starts no sentence of the writer's.
  const bySpanStart = [...spans].sort((x, y) => x.start - y.start);
  let q = 0;
  let reach = -1;
  for (const s of splitSentences(text)) {
    const at = text.indexOf(s, from);
    if (at < 0) continue;
    from = at + s.length;
    while (q < bySpanStart.length && bySpanStart[q]!.start < at) reach = Math.max(reach, bySpanStart[q]!.close ?? text.length), q++;
    if (!(reach > at)) starts.push(at);
  }
  if (starts[0] !== 0) starts.unshift(0);
  return starts;
}

/** True when `text` (what follows a closing quote mark) opens with an attribution: `, Putin said`, `said Mr Xi`. */
export function startsWithAttribution(text: string): boolean {
  const body = text.replace(/^[\s,]+/, '');
  return attributionClauseAt(body, tokenize(body), 0) !== null;
}

/** The points inside an attribution that end no sentence: the sentence splitter's short forms, capitalised, and initials. */
const ABBREVIATION_POINTS = new RegExp(`\\b(?:${[...SHORT_FORMS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')}|\\p{Lu})\\.`, 'gu');

/**
 * True when the text between two quotations is one attribution sentence: `," he continued. "`, `," Holmqvist said
 * at a news conference. "`, `," said port director Hélène Garnier, who runs the port. "`. What follows the clause
 * (where, to whom, a relative clause) stays in the same sentence, so both parts are one speaker's one statement.
 */
export function isAttributionOnly(gap: string): boolean {
  // "—dijo la diputada Ana Torres—": a Spanish incise between dashes, opening with its verb.
  // (Cut at the incise, a quotation's first piece closes at the opening dash, so the gap may start after it.)
  const dashed = /^\s*[\u2013\u2014]?\s*([^\u2013\u2014]+?)\s*[\u2013\u2014]\s*[,.;]?\s*$/u.exec(gap);
  if (dashed) {
    const toks = tokenize(dashed[1]!);
    const tense = toks[0] ? speechVerbTense(toks[0].lower) : null;
    return !!toks[0] && (OTHER_LANGUAGE_SPEECH_VERBS.has(toks[0].lower) || tense === 'past' || tense === 'present');
  }
  // The second part opens a new sentence or goes on after a comma; `told the „Rundschau“` quotes a title instead.
  if (!/[.,:]\s*$/.test(gap)) return false;
  const body = gap.replace(/^[\s,]+/, '').replace(/[\s,.:;]+$/, '');
  // The points of titles, offices and initials ("Gov. Inslee", "John F. Kennedy", "U.S.") end no sentence.
  if (!body || /[.!?;"“”«»„]/.test(body.replace(ABBREVIATION_POINTS, ''))) return false;
  return attributionClauseAt(body, tokenize(body), 0) !== null;
}

/** True when `text` ends with a speech verb: `He said` before `"…"`. */
export function endsWithSpeechVerb(text: string): boolean {
  // Only the last word counts: tokenising the whole text before every quotation of a paragraph with no sentence end
  // in it made that paragraph quadratic.
  const tail = text.slice(-SPEECH_VERB_TAIL_CHARS);
  const toks = tokenize(tail);
  const last = toks[toks.length - 1];
  return !!last && /^\s*$/.test(tail.slice(last.end)) && verbTense(last, true) !== null;
}
/** Characters read for the last word before a quotation: more than any verb of saying and the spaces after it. */
const SPEECH_VERB_TAIL_CHARS = 60;

/** Length of a bracketed gloss (with the spaces before it) starting at `from`, or 0. */
export function glossLength(text: string, from: number): number {
  return /^\s*\([^()]{1,200}\)/.exec(text.slice(from, from + 210))?.[0].length ?? 0;
}
