import { describe, expect, it } from 'vitest';
import { givenNameGender, isGivenName } from '../../../src/lib/text/lexicon/givenNames.ts';

describe('given names', () => {
  it('knows first names of the languages listed, with the gender they usually carry', () => {
    expect(givenNameGender('Sarah', 'en')).toBe('female');
    expect(givenNameGender('Heiko', 'de')).toBe('male');
    expect(isGivenName('Beide', 'de')).toBe(false);
  });
  it('reads French names right, though the French list gives many men’s names as women’s', () => {
    expect(['Antoine', 'Pierre', 'Jean', 'Thomas'].map((n) => givenNameGender(n, 'fr'))).toEqual(['male', 'male', 'male', 'male']);
    expect(['Marie', 'Zineb'].map((n) => givenNameGender(n, 'fr'))).toEqual(['female', 'female']);
  });
  it('reads accented names as the other lists know them unaccented, and keeps the French list only where they do not', () => {
    // French Wikinews names (tests/fixtures/wikinews-fr-dev): before, each of the men came out a woman.
    expect(['Hervé', 'Frédéric', 'Stéphane', 'Benoît', 'Gérard'].map((n) => givenNameGender(n, 'fr'))).toEqual(['male', 'male', 'male', 'male', 'male']);
    expect(['Ségolène', 'Hélène', 'Élisabeth'].map((n) => givenNameGender(n, 'fr'))).toEqual(['female', 'female', 'female']);
  });
});
