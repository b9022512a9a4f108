// Words about names that several stages read: courtesy titles, and capitalised words that are never a name.

/** Courtesy titles that stand before a name ("Mr Xi", "Dr Berg", "Mme Cardenal", "Frau Merkel"). */
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'mme', 'mlle', 'herr', 'frau']);

/** Capitalised words that open sentences or name dates, never people. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'the a an in on at by for from to of and but or so as if when while after before since however meanwhile ' +
    'earlier later then this that these those it its they their we our you your i he she his her him them there here ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tomorrow also still yet according one two three'
  ).split(' '),
);

/**
 * Capitalised words that open a sentence as a conjunction or adverb ("Though Justice Marsh wrote", "Now Ruiz says"),
 * never the first word of a name.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'though although because unless whereas whilst instead indeed now next finally thus hence moreover furthermore ' +
    'additionally once until both only even perhaps separately similarly likewise elsewhere overall otherwise ' +
    'nevertheless nonetheless speaking asked during with without despite unlike like where why how what which who ' +
    'not no nor every each all some many most several another other such ' +
    // Adverbs of sequence ("Afterwards Trump visited California"): no first name.
    'afterwards afterward meanwhile later earlier subsequently previously initially eventually ultimately lastly ' +
    'firstly secondly thereafter ' +
    // A verb of saying set first ("Says Smith: “…”", "Added Jane Roe, …"); "Said" is also a given name (Said Jalili).
    'says adds added explains explained notes noted recalls recalled writes wrote continues continued ' +
    // Prepositions that open a sentence before a capitalised name ("Under the Paris Agreement, …").
    'under over amid amidst among amongst across against along around behind below beneath beside besides between ' +
    'beyond into onto through throughout toward towards upon within via regarding concerning ' +
    // The same in other languages ("Bei der Feier sagte Anna Roth", "Avec le soutien de …"); not "von", "zu" or "van",
    // which open names ("Von der Leyen said"), nor "mit" (see TITLE_CASE_OPENERS).
    'bei für über seit trotz wegen ohne gegen während durch avec pour dans sans chez après avant depuis pendant ' +
    'con para desde tras durante hacia ' +
    // "Laut Polizei …", "Selon le ministre …": a capitalised "according to" of another language opens a sentence.
    'laut selon según secondo segundo według volgens'
  ).split(' '),
);

/**
 * Openers spelled in capitals as an acronym ("MIT researchers found"): a sentence opener only in title case ("Mit
 * dabei war auch Stefan Bröckling").
 */
const TITLE_CASE_OPENERS: ReadonlySet<string> = new Set(['mit']);

/** Whether a capitalised token opens a sentence as a conjunction, adverb or preposition, never as a name. */
export function isSentenceOpener(t: { text: string; lower: string }): boolean {
  return SENTENCE_OPENERS.has(t.lower) || (TITLE_CASE_OPENERS.has(t.lower) && t.text !== t.text.toUpperCase());
}

/**
 * Conjunctions and sequence adverbs that may stand before a sentence's subject without a comma ("But Doe went
 * further: …", "Und Yücel setzte noch einen drauf: …", "Puis Macron a ajouté …"). Words that are also articles,
 * pronouns or names in some language are left out ("a", "i", "e", "en").
 */
export const LINKING_WORDS: ReadonlySet<string> = new Set(
  'and but so then yet und aber doch dann et mais puis alors pero luego ma poi ale maar'.split(' '),
);
