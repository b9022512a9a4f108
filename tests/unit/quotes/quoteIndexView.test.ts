import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../../src/lib/quotes/index.ts';
import { quoteMarks } from '../../../src/lib/present/quoteMarks.ts';
import { occurrenceLines, sharedFirst, quoteIndexHrefs, quotePages, QUOTES_PER_PAGE, speakerPath, speakers } from '../../../src/lib/present/quoteIndexView.ts';
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
    const hrefs = quoteIndexHrefs(quotes);
    const marks = quoteMarks(quotes, (id) => hrefs.get(id)!).get('a')!.get(article.blocks[0]!.id)!;
    const text = article.blocks[0]!.text;
    expect(marks.map((m) => [text.slice(m.start, m.end), m.reported])).toEqual([
      ['the victims were "', true],
      ['joyful girls', false],
      ['" and the loss was immense', true],
    ]);
    // Each mark links to its group where the paged index shows it.
    for (const m of marks) expect(m.href).toBe(`quotes/#${m.quote}`);
  });

  it('finds a group on the index page that shows it', () => {
    const many = Array.from({ length: QUOTES_PER_PAGE + 5 }, (_, i) => ({ ...quotes[0]!, id: `q-${String(i).padStart(4, '0')}`, kind: 'fragment' as const, outlets: ['A'] }));
    const hrefs = quoteIndexHrefs(many);
    const pages = quotePages(many);
    expect(hrefs.get(pages[0]![0]!.id)).toBe(`quotes/#${pages[0]![0]!.id}`);
    expect(hrefs.get(pages[1]![0]!.id)).toBe(`quotes/page/2/#${pages[1]![0]!.id}`);
  });
});

describe('quote index view: a card’s occurrences', () => {
  // Three outlets print the minister's words alike and credit him; a fourth trims them.
  const QUOTE = '“We will rebuild every school before the winter,” Petra Lind said on Monday.';
  const TRIMMED = '“We will rebuild every school,” Petra Lind said on Monday.';
  const outlets = ['a', 'b', 'c'].map((id) => makeArticle(id, [QUOTE]));
  const { quotes: groups } = buildQuoteIndex([...outlets, makeArticle('d', [TRIMMED])], () => 'story');
  const group = groups.find((g) => g.text.startsWith('We will rebuild every school before'))!;

  it('lists the outlets that print a quotation alike and credit it alike on one line, and each other wording apart', () => {
    const lines = occurrenceLines(group.occurrences);
    expect(lines.map((l) => [l.occurrences.map((o) => o.article), l.match, l.speakerMention])).toEqual([
      [['a', 'b', 'c'], 'exact', expect.stringContaining('Petra Lind')],
      [['d'], 'contained', expect.stringContaining('Petra Lind')],
    ]);
  });
});

describe('quote index view: an inferred speaker says so', () => {
  it('marks a line whose speaker was inferred from the one person named beside it', () => {
    const { quotes: groups } = buildQuoteIndex(
      [
        makeArticle('i', [
          '"We will rebuild the pier by summer," Mayor Ana Ruiz said on Monday.',
          'The storm destroyed two boats near the harbour, where crews were helping Ruiz on Tuesday. "Nobody will be left without help."',
        ]),
      ],
      () => 'story',
    );
    const lines = groups.flatMap((g) => occurrenceLines(g.occurrences));
    expect(lines.map((l) => [l.inferred, l.carried, l.speakerMention])).toEqual(expect.arrayContaining([['named', false, 'Ruiz'], [null, false, 'Mayor Ana Ruiz']]));
  });
});

describe('quote index view: a speaker inferred from the subject of its sentence says so', () => {
  it('credits the quoted words of a promise to the person opening the sentence, as inferred', () => {
    const { quotes: groups } = buildQuoteIndex(
      [
        makeArticle('s', [
          'Prime Minister Rishi Sunak faced questions on asylum in Parliament on Wednesday.',
          'Sunak defended the government’s record by promising a “formal update on the new rules” before the summer.',
        ]),
      ],
      () => 'story',
    );
    const o = groups.flatMap((g) => g.occurrences).find((x) => x.text.startsWith('formal update'))!;
    expect([o.speaker, o.speakerVia]).toEqual(['Rishi Sunak', 'subject']);
    expect(occurrenceLines([o]).map((l) => [l.inferred, l.speakerMention])).toEqual([['subject', 'Sunak']]);
  });
  it('leaves short terms and title-case names of things without a speaker', () => {
    const { quotes: groups } = buildQuoteIndex(
      [
        makeArticle('t', [
          'Protesters led by Greta Thunberg marched in Madrid.',
          'Time Magazine editor Edward Felsenthal printed the slogan “Make the World Greta Again” on a cover and called the movement a “climate strike”.',
        ]),
      ],
      () => 'story',
    );
    const unattributed = groups.flatMap((g) => g.occurrences).filter((x) => x.speakerVia === 'subject');
    expect(unattributed).toEqual([]);
  });
});

describe('quote index view: where a speaker is read', () => {
  const { quotes: groups } = buildQuoteIndex(
    [makeArticle('s', ['“The harbour will reopen in May,” Petra Lind said.', '“Repairs are on schedule,” Lind said.', '“We were not consulted,” Jan Berg said.'])],
    () => 'story',
  );
  it('gives a speaker of several quotations a page, and links a speaker of one straight to it in the index', () => {
    const byName = new Map(speakers(groups).map((s) => [s.name, s]));
    const href = (id: string) => `quotes/#${id}`;
    expect(speakerPath(byName.get('Petra Lind')!, href)).toBe(`quotes/by/${byName.get('Petra Lind')!.slug}/`);
    const berg = byName.get('Jan Berg')!;
    expect(berg.only).toBe(groups.find((g) => g.speaker === 'Jan Berg')!.id);
    expect(speakerPath(berg, href)).toBe(`quotes/#${berg.only}`);
  });
});

describe('quote index view: speakers only described', () => {
  it('lists "officials" and "an eyewitness" of two stories under one entry, never as one speaker across them', () => {
    const { quotes: groups } = buildQuoteIndex(
      [
        makeArticle('a', ['“The bridge will reopen in May,” officials said.', 'An eyewitness said, “The water rose in minutes.”']),
        makeArticle('b', ['“The border stays closed,” officials said.', 'An eyewitness said, “I heard three shots.”']),
      ],
      (id) => `story-${id}`,
    );
    const entries = speakers(groups);
    expect(entries.map((s) => [s.name, s.groups])).toEqual([['Speakers described, not named', 4]]);
    expect(entries[0]!.slug).toBe('described');
    expect(groups.filter((g) => g.speaker === 'officials').map((g) => g.stories)).toEqual([['story-a'], ['story-b']]);
  });
});
