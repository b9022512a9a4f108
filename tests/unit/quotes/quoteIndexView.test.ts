import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../../src/lib/quotes/index.ts';
import { quoteMarks } from '../../../src/lib/present/quoteMarks.ts';
import { sharedFirst } from '../../../src/lib/present/quoteIndexView.ts';
import { makeArticle } from '../../support/makeArticle.ts';

const article = makeArticle('a', ['President Anna Duda said the victims were "joyful girls" and the loss was immense.']);
const { quotes } = buildQuoteIndex([article], () => 'story');

describe('quote index view: reported speech apart', () => {
  it('lists reported speech apart from direct quotations', () => {
    const { shared, single, reported } = sharedFirst(quotes);
    expect(shared).toEqual([]);
    expect(single.map((g) => [g.text, g.kind, g.speaker])).toEqual([['joyful girls', 'fragment', 'Anna Duda']]);
    expect(reported.map((g) => [g.text, g.kind, g.speaker])).toEqual([
      ['the victims were "joyful girls" and the loss was immense', 'reported', 'Anna Duda'],
    ]);
  });
  it('marks a quotation inside reported speech on its own, cutting the reported mark around it', () => {
    const marks = quoteMarks(quotes).get('a')!.get(article.blocks[0]!.id)!;
    const text = article.blocks[0]!.text;
    expect(marks.map((m) => [text.slice(m.start, m.end), m.reported])).toEqual([
      ['the victims were "', true],
      ['joyful girls', false],
      ['" and the loss was immense', true],
    ]);
  });
});
