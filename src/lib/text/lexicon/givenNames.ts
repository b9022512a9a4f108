// Given names and the gender they usually carry, read from the name lists of the gender-detection-from-name package
// (MIT; English, German, French, Spanish, Italian and Turkish first names). A name list is evidence a capitalised word
// is a person's first name where capitals prove nothing: German writes every noun with one ("Beide Regierungen",
// "Gesperrte Übergänge" open sentences as names would).
import { getGender } from 'gender-detection-from-name';

/**
 * The languages whose list is asked first; for any other, every list is, English first. French is left out: its list
 * holds 2,298 names twice, once for each gender, and keeps the rarer one ("Antoine", "Pierre" and "Jean" come out as
 * women's names), where the other lists know them right.
 */
const LISTED = new Set(['en', 'de', 'es', 'it', 'tr']);

/** The gender a given name usually carries in `language` (then in the others), or null when no list holds it. */
export function givenNameGender(word: string, language?: string): 'male' | 'female' | null {
  const list = language && LISTED.has(language) ? (language as 'en') : undefined;
  // A name with accents the other lists lack ("Hervé", "Frédéric", "Benoît") falls through to the French list and its
  // rarer gender; written without them, the other lists know it. Only when they do: "Ségolène" stays as written.
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  const unaccented = plain !== word ? getGender(plain, list) : 'unknown';
  const g = unaccented === 'male' || unaccented === 'female' ? unaccented : getGender(word, list);
  return g === 'male' || g === 'female' ? g : null;
}

/** `word` is a given name some list holds ("Eva", "Heiko", "Jean-Yves"). */
export function isGivenName(word: string, language?: string): boolean {
  return givenNameGender(word, language) !== null;
}
