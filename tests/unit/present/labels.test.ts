import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildArticles } from '../../../src/lib/seeds/loadSeeds.ts';
import { textLang } from '../../../src/lib/present/labels.ts';

describe('textLang', () => {
  it('marks an article’s text with its language only when it is not the site’s', () => {
    const page = (f: string) => buildArticles([{ file: `seeds/${f}`, bytes: readFileSync(`tests/fixtures/extraction/pages/${f}`) }]).articles[0]!;
    expect(textLang(page('tagesschau-de-rheinmetall.txt').language)).toBe('de');
    expect(textLang(page('bbc-com-canada.txt').language)).toBeUndefined();
    expect(textLang('en-GB')).toBeUndefined();
    expect(textLang('fr-CA')).toBe('fr-CA');
  });
});
