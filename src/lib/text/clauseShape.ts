// Whether words after a reporting verb make a statement ("the plan would fail") or only name a thing ("a state of
// emergency"). Reported speech is a clause; a noun phrase after "declared" or "announced" is an act, not a report.
// English only, as the reporting verbs that call it are: no part-of-speech model, a few word shapes that a clause has
// and a bare noun phrase lacks.
import { tokenize } from './tokens.ts';

/** Auxiliaries and modals: a clause almost always has one, or a verb in the past. */
const AUXILIARIES = new Set(
  'is are was were am has have had will would could can may might must should shall did does do'.split(' '),
);
/** Common irregular past forms, which do not end in "-ed". */
const IRREGULAR_PAST = new Set(
  (
    'won lost led made took gave saw came went found got left held began ran knew thought brought bought kept felt met ' +
    'paid sent spent stood understood wrote hit put set cut fell rose grew drew flew threw broke chose spoke stole wore ' +
    'fled fed shot sold struck hung sought taught caught fought built lent meant dealt heard became beat hid shut ' +
    'spread split sank swam rang sang drank ate forgot froze woke told said'
  ).split(' '),
);
/** Words after which an "-ed" word is an adjective or a participle in a noun phrase ("the reported cases"). */
const BEFORE_PARTICIPLE = new Set(
  (
    'the a an this that these those his her its their our my your some any no every each of to for by with in on at ' +
    'from as and or newly recently previously already'
  ).split(' '),
);
/** Pronouns that are the subject of a clause: the word after one is its verb ("they need", "he secured"). */
const SUBJECT_PRONOUNS = new Set('i we you he she it they there'.split(' '));
/** Determiners and possessives that start a noun phrase, not a verb, after "to". */
const NOUN_OPENERS = new Set('the a an this that these those his her its their our my your'.split(' '));

/**
 * True when `text` reads as a clause or a predicate: it has an auxiliary, a negation, a verb after a subject pronoun
 * or a name, a past form after a word that is no determiner or preposition, or it opens with a gerund ("receiving a
 * toy"), an infinitive ("to stay inside") or a characterisation ("… as a form of quackery"). False for a bare noun
 * phrase ("seven days of national mourning", "the election for Biden").
 */
export function readsAsClause(text: string): boolean {
  const toks = tokenize(text);
  if (toks[0] && toks[0].text === toks[0].lower && /\p{L}{3,}ing$/u.test(toks[0].lower)) return true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1]?.lower;
    // Lower case only: "May" is a month.
    if (t.text === t.lower && (AUXILIARIES.has(t.lower) || /n['’]t$/.test(t.lower))) return true;
    // "it's", "they're", "we've": a subject with its auxiliary in one word.
    if (/^(?:i|we|you|he|she|it|they|there|that)['’](?:s|re|ve|ll|d|m)$/.test(t.lower)) return true;
    // (A characterisation whose words are all quoted, "the convention as a “Hollywood-produced infomercial”", is the
    // quotation's: the rest is no statement of its own.)
    if (t.lower === 'as' && i > 0 && !/^\s*(?:(?:a|an|the)\s+)?["“„«‘]/u.test(text.slice(t.end))) return true;
    if (t.lower === 'to' && toks[i + 1] && toks[i + 1]!.text === toks[i + 1]!.lower && !NOUN_OPENERS.has(toks[i + 1]!.lower)) {
      if (!/^\p{N}/u.test(toks[i + 1]!.text)) return true;
    }
    if (t.text !== t.lower || prev === undefined) continue;
    if (SUBJECT_PRONOUNS.has(prev) && !BEFORE_PARTICIPLE.has(t.lower)) return true;
    // "Mahan flies fighters to Syria": a present verb after a name.
    if (toks[i - 1]!.text !== prev && /\p{L}{2,}[^su]s$/u.test(t.lower)) return true;
    if (isPastForm(t.lower) && !BEFORE_PARTICIPLE.has(prev)) return true;
  }
  return false;
}

/** A lower-case word in a past form: "-ed" ("confirmed") or a common irregular one ("gave", "led"). */
export function isPastForm(word: string): boolean {
  return /\p{L}{2,}ed$/u.test(word) || IRREGULAR_PAST.has(word);
}
