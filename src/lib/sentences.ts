// Sentence splitting: Intl.Segmenter, corrected where it breaks after an abbreviation.
// ICU breaks after every "Mr." or "U.S." followed by a capital; news copy is full of both.

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/** Titles and short forms that are never the end of a sentence. */
const TITLES = new Set(
  'mr mrs ms mx dr prof st sr jr gen lt col maj capt cpt sgt adm cmdr rep sen gov pres rev hon fr no nos vs v approx dept est fig inc ltd co corp bros mt ft ave blvd sq p pp vol art para ch nr hr'.split(' '),
);
/** Month abbreviations end a sentence only when nothing like a day number follows. */
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

export function splitSentences(text: string, language = 'en'): string[] {
  const raw = [...segmenter(language).segment(text)].map((s) => s.segment);
  const out: string[] = [];
  for (const seg of raw) {
    const prev = out.length ? out[out.length - 1]! : null;
    if (prev !== null && continuesAfter(prev, seg)) out[out.length - 1] = prev + seg;
    else out.push(seg);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

function continuesAfter(prev: string, next: string): boolean {
  const m = /(?:^|[\s(“"‘'«„])((?:\p{L}\.)+|\p{L}+\.)\s*$/u.exec(prev);
  if (!m) return false;
  const token = m[1]!;
  const bare = token.replace(/\.$/, '').toLowerCase();
  const nextStart = next.trimStart();
  if (/^(?:\p{L}\.){2,}$/u.test(token)) {
    // U.S., U.N., a.m.: the sentence goes on if the next word is lowercase or a number.
    return /^[\p{Ll}\d]/u.test(nextStart);
  }
  if (/^\p{Lu}\.$/u.test(token)) return true; // an initial: "George W. Bush"
  if (TITLES.has(bare)) return true;
  if (MONTHS.has(bare)) return /^\d/.test(nextStart);
  return /^\p{Ll}/u.test(nextStart) && !/[.!?]["”’»)]?\s*$/.test(prev.slice(0, -token.length));
}
