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
 * The small words a title leaves in lower case, in the languages of the dev sets (English, German, French, Spanish,
 * Italian, Portuguese, Dutch): articles, prepositions, "and"/"or", possessives ("Turn to the East", "Das Impfdilemma und
 * seine Folgen", "Le Rouge et le Noir"). A stopword list will not do: German's holds verbs ("ist", "gab"), and with every
 * noun capitalised a German sentence in lower case has only such words and verbs ("Es gab keine Verletzten").
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  (
    '& a an the and or nor of to in on at by for from with into onto upon as via vs per over under after before about against between through without within up down off out ' +
    'der die das den dem des ein eine einer einem einen eines und oder im am an auf aus bei mit nach von vom zu zum zur für über unter vor gegen ohne um durch sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere ' +
    'le la les l un une du de d et ou au aux en à pour par sur sous dans avec sans son sa ses ' +
    'el los las unos unas y o del al con por para sin sobre su sus ' +
    'il lo i gli uno e di della dei delle alla per da tra fra ' +
    'os as um uma do da dos das em no na nos nas com ' +
    'het een en van op met voor aan bij uit naar'
  ).split(' '),
);
