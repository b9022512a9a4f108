import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildQuoteIndex } from '../../src/lib/buildQuoteIndex.ts';
import { loadSeeds } from '../../src/lib/loadSeeds.ts';
import { QuoteIndexSchema, type QuoteGroup } from '../../src/lib/quoteSchema.ts';
import { articleFromParagraphs } from '../../scripts/quote-accuracy.ts';

const root = join(import.meta.dirname, '../..');
const seeds = loadSeeds(root).articles;
const seedIndex = buildQuoteIndex(seeds, () => 'all');

const INTRO = 'Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing.';
function index(...articles: string[][]) {
  return buildQuoteIndex(
    articles.map((p, n) => ({ ...articleFromParagraphs(`outlet-${n + 1}`, p), outlet: `Outlet ${n + 1}` })),
    () => 'story',
  );
}
const groupWith = (groups: QuoteGroup[], words: string) => groups.find((g) => g.occurrences.some((o) => o.text.includes(words)))!;

describe('buildQuoteIndex: grouping', () => {
  it('groups the same words across outlets as exact, setting aside quote marks, punctuation, case and spelling', () => {
    const { quotes } = index(
      [INTRO, '"We want to help stabilise the situation," Putin said.'],
      [INTRO, '“We want to help stabilize the situation” Putin said.'],
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ match: 'exact', speaker: 'Vladimir Putin', outlets: ['Outlet 1', 'Outlet 2'] });
    expect(quotes[0]!.occurrences.map((o) => o.match)).toEqual(['exact', 'exact']);
  });
  it('groups small wording differences as a variant, with the word diff', () => {
    const { quotes } = index(
      [INTRO, '"We commend China\'s approaches to resolving the crisis in Ukraine," Putin said.'],
      [INTRO, '"We commend China\'s approaches to resolving the conflict in Ukraine," Putin said.'],
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.match).toBe('variant');
    const variant = quotes[0]!.occurrences.find((o) => o.match === 'variant')!;
    const edits = variant.diff!.filter((d) => d.op !== 'equal').map((d) => [d.op, d.text.trim()]);
    // The diff turns the canonical wording into this occurrence's wording, whichever of the two is canonical.
    const [was, now] = quotes[0]!.text.includes('crisis') ? ['crisis', 'conflict'] : ['conflict', 'crisis'];
    expect(edits).toEqual([
      ['removed', was],
      ['added', now],
    ]);
    expect(variant.text).toContain(now);
  });
  it('puts a fragment inside the longer quotation of the same speaker as contained', () => {
    const { quotes } = index(
      [INTRO, '“China will continue to play a constructive role toward this,” Mr Xi said.'],
      [INTRO, 'Xi Jinping said Beijing would "play a constructive role toward this".'],
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.match).toBe('contained');
    expect(quotes[0]!.occurrences.map((o) => [o.article, o.match])).toEqual([
      ['outlet-1', 'exact'],
      ['outlet-2', 'contained'],
    ]);
  });
  it('does not merge the same words from different speakers, nor contain a short unattributed fragment', () => {
    const { quotes } = index(
      [INTRO, '"We want peace," Putin said.', '"We want peace," Mr Xi said.'],
      ['The "want peace" slogan spread.'],
    );
    expect(quotes.map((g) => [g.speaker, g.occurrences.length]).sort()).toEqual([
      ['Vladimir Putin', 1],
      ['Xi Jinping', 1],
      [null, 1],
    ].sort());
  });
  it('keeps a different rendering of the same remark apart as a lower-confidence translation', () => {
    const { quotes } = index(
      [INTRO, '“We are grateful for the initiative of our Chinese colleagues and friends to regulate the situation,” Putin said.'],
      [INTRO, '“We are grateful for the initiative of our Chinese colleagues and friends to regulate the situation,” Putin said.'],
      [INTRO, '“We are grateful to our Chinese friends and colleagues for the initiatives they are putting forward to resolve this problem,” Putin said.', '“Our trade in roubles and yuan keeps growing,” Putin said.'],
    );
    const main = groupWith(quotes, 'to regulate');
    const other = groupWith(quotes, 'putting forward');
    expect(main.match).toBe('exact');
    expect(other).toMatchObject({ match: 'translation', translationOf: main.id });
    expect(other.confidence).toBeGreaterThan(0);
    expect(other.confidence).toBeLessThan(1);
    expect(groupWith(quotes, 'roubles').match).toBe('exact');
  });
  it('never groups across stories', () => {
    const a = articleFromParagraphs('a', ['"We want peace," Putin said.']);
    const b = articleFromParagraphs('b', ['"We want peace," Putin said.']);
    expect(buildQuoteIndex([a, b], (id) => id).quotes.map((g) => [g.story, g.occurrences.length]).sort()).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });
});

describe('buildQuoteIndex on the seeds', () => {
  it('validates against the published schema', () => {
    expect(() => QuoteIndexSchema.parse(seedIndex)).not.toThrow();
  });
  it('orders groups by outlets carrying them, then by id', () => {
    const keys = seedIndex.quotes.map((g) => [g.outlets.length, g.id] as const);
    const sorted = [...keys].sort((x, y) => y[0] - x[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(new Set(keys.map((k) => k[1])).size).toBe(keys.length);
  });
  it('is deterministic: the same articles in any order give byte-identical output', () => {
    expect(JSON.stringify(buildQuoteIndex([...seeds].reverse(), () => 'all'))).toBe(JSON.stringify(seedIndex));
  });
  it('records spans that point at the quoted text in the block', () => {
    for (const g of seedIndex.quotes) {
      for (const o of g.occurrences) {
        const block = seeds.find((a) => a.id === o.article)!.blocks.find((b) => b.id === o.block)!;
        expect(block.text.slice(o.start, o.end)).toBe(o.parts ? o.parts[0]!.text : o.text);
      }
    }
  });
  it('groups the shared quotations of the five reports', () => {
    const dialogue = groupWith(seedIndex.quotes, 'We are open to a dialogue');
    expect(dialogue).toMatchObject({ speaker: 'Vladimir Putin', kind: 'statement', match: 'exact' });
    expect(dialogue.articles).toEqual(['euronews-putin-thanks-china', 'sky-news-putin-thanks-xi']);

    const constructive = groupWith(seedIndex.quotes, 'play a constructive role');
    expect(constructive.speaker).toBe('Xi Jinping');
    expect(constructive.occurrences.find((o) => o.article === 'euronews-putin-thanks-china')!.match).toBe('contained');

    const grateful = groupWith(seedIndex.quotes, 'regulate the situation');
    expect(grateful.outlets).toEqual(['Euronews', 'Sky News', 'unknown-outlet-putin-grateful-to-beijing']);
    const rendering = groupWith(seedIndex.quotes, 'putting forward');
    expect(rendering).toMatchObject({ match: 'translation', translationOf: grateful.id, speaker: 'Vladimir Putin' });

    const twoParts = groupWith(seedIndex.quotes, 'Unfortunately, neither Ukraine');
    expect(twoParts.occurrences[0]!.parts).toHaveLength(2);
    expect(twoParts.occurrences[0]!.speakerMention).toBe('he');

    const noLimits = groupWith(seedIndex.quotes, 'no limits');
    expect(noLimits).toMatchObject({ speaker: null, kind: 'fragment' });
    expect(noLimits.outlets).toHaveLength(3);
  });
  it('includes quotations only one outlet carries, with one occurrence', () => {
    const single = seedIndex.quotes.filter((g) => g.outlets.length === 1);
    expect(single.length).toBeGreaterThan(0);
    expect(groupWith(single, 'Turn to the East').occurrences).toHaveLength(1);
  });
});
