// Function words ("the", "und", "que" …) of every language stopwords-iso lists. The share of them in a line is how
// jusText tells prose from page furniture: a sentence needs them, a menu item, a tag or a name does not.
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

const LISTS: [string, Set<string>][] = Object.entries(stopwordsIso as Record<string, string[]>).map(([language, list]) => [
  language,
  new Set(list.map((w) => w.toLowerCase())),
]);
/** For each function word, the indexes of the languages that list it: one lookup per word finds every language. */
const LANGUAGES_OF = new Map<string, number[]>();
LISTS.forEach(([, list], i) => {
  for (const w of list) {
    const known = LANGUAGES_OF.get(w);
    if (known) known.push(i);
    else LANGUAGES_OF.set(w, [i]);
  }
});

/**
 * The function words of the language a text is written in: the list that covers the most of its words. `words` are
 * lower case. A page's language tag is not trusted for this, because a plain-text seed carries none and defaults
 * to English.
 */
export function functionWordsOf(words: Iterable<string>): { language: string; words: ReadonlySet<string> } {
  const counts = new Array<number>(LISTS.length).fill(0);
  for (const w of words) for (const i of LANGUAGES_OF.get(w) ?? []) counts[i]!++;
  let best = LISTS.findIndex(([language]) => language === 'en');
  counts.forEach((n, i) => {
    if (n > counts[best]!) best = i;
  });
  return { language: LISTS[best]![0], words: LISTS[best]![1] };
}

/** A function word of any language stopwords-iso lists (`word` in lower case): "the", "und", "seine", "de". */
export function isFunctionWordOfAnyLanguage(word: string): boolean {
  return LANGUAGES_OF.has(word);
}

/** English function words: words that open a sentence ("The", "He") or end in "-er" as agent nouns do ("other"). */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set((stopwordsIso as Record<string, string[]>).en);

/**
 * Finite forms of "be", "have", "will" and the modals, in lower case, in the languages of the dev sets (English, German,
 * French, Spanish, Italian, Portuguese, Dutch): a title capitalises them ("This Is Us") or has none, a sentence has one
 * in lower case ("Das ist ein Skandal"). Words that are also an article or a pronoun elsewhere ("a", "es") are left out.
 */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(
  (
    'is are was were am has have had will would can could must should shall may might does did ' +
    'ist sind war waren bin bist seid hat haben hatte hatten wird werden wurde wurden kann können konnte konnten muss müssen musste soll sollen sollte will wollen wollte darf dürfen ' +
    'est sont était étaient sera seront ont avait avaient peut peuvent doit doivent ' +
    'son fue fueron está están han había será puede pueden debe ' +
    'è sono fu hanno sarà può possono deve ' +
    'são foi estão têm pode devem ' +
    'zijn heeft hebben wordt worden moet zal'
  ).split(' '),
);
