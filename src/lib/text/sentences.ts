// Sentence splitting: Intl.Segmenter, corrected where it breaks after an abbreviation.
// ICU breaks after every "Mr." or "U.S." followed by a capital; news copy is full of both.

import { ENGLISH_FUNCTION_WORDS } from './lexicon/functionWords.ts';
import { endsWithStop } from './sentenceEnd.ts';

/** The end of a sentence before a word, spaces allowed after it. */
const STOP_BEFORE = endsWithStop('.!?', String.raw`\s*`);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/** Titles and short forms that are never the end of a sentence; attribution reads them too ("…,” Gov. Inslee said."). */
export const SHORT_FORMS: ReadonlySet<string> = new Set(
  'mr mrs ms mx dr prof st sr jr gen lt col maj capt cpt sgt cpl const coun adm cmdr rep sen gov pres rev hon fr atty supt insp amb no nos vs v approx dept est fig inc ltd co corp bros mt ft ave blvd sq p pp vol art para ch nr hr'.split(' '),
);
/** Month abbreviations end a sentence only when nothing like a day number follows. */
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

export function splitSentences(text: string, language = 'en'): string[] {
  const out: string[] = [];
  for (const whole of sentenceSegments(text, language)) {
    for (const seg of atNumberStarts(whole)) {
      const prev = out.length ? out[out.length - 1]! : null;
      if (prev !== null && continuesAfter(prev, seg)) out[out.length - 1] = prev + seg;
      else out.push(seg);
    }
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * Iterating Intl.Segmenter over one long string costs time per segment in proportion to the string's length, so a
 * 100,000-word paragraph took minutes (see words.ts). The text is segmented in windows. A boundary is kept only when
 * it lies well before the window's end, because ICU decides a boundary by looking at what follows it (the next
 * letter's case, after any spaces, digits and closing marks); the next window starts at the last boundary kept.
 * A window with no boundary far enough from its end (one very long sentence) is doubled until it has one.
 */
const SENTENCE_WINDOW = 4096;
const SENTENCE_LOOKAHEAD = 512;
function* sentenceSegments(text: string, language: string): Generator<string> {
  let start = 0;
  let size = SENTENCE_WINDOW;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    const segs = [...segmenter(language).segment(text.slice(start, end))].map((s) => s.segment);
    if (end === text.length) {
      yield* segs;
      return;
    }
    let kept = 0;
    for (const seg of segs) {
      if (kept + seg.length > end - start - SENTENCE_LOOKAHEAD) break;
      yield seg;
      kept += seg.length;
    }
    if (kept === 0) size *= 2;
    else {
      start += kept;
      size = SENTENCE_WINDOW;
    }
  }
}

/**
 * A full stop after a word, then a number, then lower case ("… said 18 people died. 149 of the survivors …") is one
 * sentence to ICU, whose rules keep "e.g. 5 apples" whole. The segment is cut after every such stop; `continuesAfter`
 * joins back the abbreviations ("No. 5", "approx. 200", "Sept. 11"). Words of three letters or fewer are left whole:
 * most are abbreviations no list holds ("Abs. 3", "min. 5", "ca. 200").
 */
function atNumberStarts(seg: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of seg.matchAll(/\p{L}{4,}\.\s+(?=\d)/gu)) {
    const cut = m.index + m[0].length;
    out.push(seg.slice(from, cut));
    from = cut;
  }
  out.push(seg.slice(from));
  return out;
}

/** German months after a day's ordinal ("15. März", "3. Oktober"). */
const ORDINAL_MONTHS = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

/** Enough of a sentence's end to hold any abbreviation the rules below look at. */
const TAIL_CHARS = 200;
function continuesAfter(prev: string, next: string): boolean {
  // Only the tail is read, cut at a space so no word is cut in half: a run of joined segments ("A. B. C. …")
  // would otherwise be rescanned whole at every join.
  let tail = prev;
  if (prev.length > TAIL_CHARS) {
    tail = prev.slice(-TAIL_CHARS);
    const space = tail.search(/\s/u);
    tail = space === -1 ? '' : tail.slice(space);
  }
  // "am 15. März": German writes a day's ordinal with a point, before the month.
  if (/(?:^|\s)\d{1,2}\.\s*$/u.test(tail)) return ORDINAL_MONTHS.test(next.trimStart());
  const m = /(?:^|[\s(“"‘'«„])((?:\p{L}\.)+|\p{L}+\.)\s*$/u.exec(tail);
  if (!m) return false;
  const token = m[1]!;
  const bare = token.replace(/\.$/, '').toLowerCase();
  const nextStart = next.trimStart();
  if (/^(?:\p{L}\.){2,}$/u.test(token)) {
    // U.S., U.N., a.m.: the sentence goes on if the next word is lowercase or a number, or a capitalised word that is
    // no function word ("U.S. Attorney Josh Bash", "U.N. Secretary-General"); "in the U.S. The …" ends there.
    const next = /^\p{Lu}[\p{L}-]*/u.exec(nextStart)?.[0];
    return /^[\p{Ll}\d]/u.test(nextStart) || (next !== undefined && /^\p{Lu}\.$/u.test(token.slice(-2)) && !ENGLISH_FUNCTION_WORDS.has(next.toLowerCase()));
  }
  if (/^\p{Lu}\.$/u.test(token)) return true; // an initial: "George W. Bush"
  if (SHORT_FORMS.has(bare)) return true;
  if (MONTHS.has(bare)) return /^\d/.test(nextStart);
  return /^\p{Ll}/u.test(nextStart) && !STOP_BEFORE.test(tail.slice(0, -token.length));
}
