import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compareStories } from '../../../src/lib/pipeline.ts';
import { buildQuoteIndex } from '../../../src/lib/quotes/index.ts';
import { frozenSeeds } from '../../support/frozenSeeds.ts';
import { QuoteIndexSchema, type QuoteGroup } from '../../../src/lib/records/quote.ts';
import { makeArticle } from '../../support/makeArticle.ts';

const root = join(import.meta.dirname, '../../..');
const seeds = frozenSeeds().articles;
const seedIndex = buildQuoteIndex(seeds, () => 'all');
// The stories the build uses: the clustering splits the five reports into several.
const seedStories = compareStories(seeds).stories;
const seedStoryOf = new Map(seedStories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));
const clusteredIndex = buildQuoteIndex(seeds, (id) => seedStoryOf.get(id)!);

const INTRO = 'Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing.';
const outletArticles = (articles: string[][]) => articles.map((p, n) => makeArticle(`outlet-${n + 1}`, p, { outlet: `Outlet ${n + 1}` }));
/** Made-up articles from outlets 1, 2, ... of one story. */
function index(...articles: string[][]) {
  return buildQuoteIndex(outletArticles(articles), () => 'story');
}
/** Made-up articles, each its own story ("story-1", "story-2", ...), as when the clustering keeps them apart. */
function apart(...articles: string[][]) {
  return buildQuoteIndex(outletArticles(articles), (id) => id.replace('outlet', 'story'));
}
/** The direct quotations' groups: reported speech is grouped apart. */
const direct = (groups: QuoteGroup[]) => groups.filter((g) => g.kind !== 'reported');
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
    expect(direct(quotes)).toHaveLength(1);
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
  it('finds a variant among many quotations of its speaker that share its common words, whichever word changed', () => {
    // Drafts are found through the quotation's rarest words: here the rarest word is the one the second outlet changed.
    const topics = [
      ['build', 'harbour', 'city'],
      ['open', 'railway', 'north'],
      ['repair', 'hospital', 'capital'],
      ['enlarge', 'airport', 'coast'],
      ['finish', 'bridge', 'river'],
      ['staff', 'school', 'village'],
      ['protect', 'market', 'province'],
      ['sell', 'stadium', 'south'],
      ['fund', 'library', 'district'],
      ['restore', 'museum', 'island'],
    ];
    const many = topics.map(([verb, thing, place]) => `"We will ${verb} the new ${thing} of the ${place} for the people," Putin said.`);
    const { quotes } = index([INTRO, ...many], [INTRO, '"We will build the new harbour of the town for the people," Putin said.']);
    expect(direct(quotes)).toHaveLength(topics.length);
    const harbour = groupWith(quotes, 'harbour');
    expect(harbour).toMatchObject({ match: 'variant', speaker: 'Vladimir Putin' });
    expect(harbour.occurrences.map((o) => [o.article, o.match])).toEqual([
      ['outlet-1', 'exact'],
      ['outlet-2', 'variant'],
    ]);
  });
  it('joins a short quotation with a word added or a style change, and keeps one with a word changed apart', () => {
    // A three-word quotation has no word to spare: a variant keeps all three, in style at least ("re-elected").
    const { quotes } = index(
      [INTRO, '"We remain reelected," Putin said.', '"We remain calm," Putin said.'],
      [INTRO, '"We remain re-elected," Putin said.', '"We remain very calm," Putin said.', '"We remain strong," Putin said.'],
    );
    const groups = direct(quotes).map((g) => g.occurrences.map((o) => [o.article, o.text.replace(/,$/, ''), o.match]));
    expect(groups).toEqual(
      expect.arrayContaining([
        [['outlet-1', 'We remain reelected', 'variant'], ['outlet-2', 'We remain re-elected', 'exact']],
        [['outlet-1', 'We remain calm', 'variant'], ['outlet-2', 'We remain very calm', 'exact']],
        [['outlet-2', 'We remain strong', 'exact']],
      ]),
    );
    expect(groups).toHaveLength(3);
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
});

describe('buildQuoteIndex: grouping across stories', () => {
  it('groups one named speaker’s words across stories, resolving each story’s aliases from its own text', () => {
    const { quotes } = apart(
      [INTRO, '"We want to help stabilise the situation," Putin said.'],
      [INTRO, '“We want to help stabilize the situation,” the Russian president said.'],
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      match: 'exact',
      speaker: 'Vladimir Putin',
      story: 'story-1',
      stories: ['story-1', 'story-2'],
      outlets: ['Outlet 1', 'Outlet 2'],
    });
    expect(quotes[0]!.occurrences.map((o) => o.speakerMention)).toEqual(['Putin', 'the Russian president']);
  });
  it('gives a group the story of its first occurrence, whatever the stories are called', () => {
    const articles = outletArticles([
      [INTRO, '"We want to help stabilise the situation," Putin said.'],
      [INTRO, '"We want to help stabilise the situation," Putin said.'],
    ]);
    const { quotes } = buildQuoteIndex(articles, (id) => (id === 'outlet-1' ? 'zebra' : 'aardvark'));
    expect(quotes[0]).toMatchObject({ story: 'zebra', stories: ['aardvark', 'zebra'] });
  });
  it('keeps ids independent of how the articles are split into stories', () => {
    const articles = outletArticles([
      [INTRO, '"We want to help stabilise the situation," Putin said.'],
      [INTRO, '"We want to help stabilise the situation," Putin said.'],
    ]);
    const together = buildQuoteIndex(articles, () => 'story').quotes.map((g) => g.id);
    expect(buildQuoteIndex(articles, (id) => id).quotes.map((g) => g.id)).toEqual(together);
  });
  it('never groups the same words from two different named speakers, in one story or across stories', () => {
    const paragraphs = [[INTRO, '"We want peace and stability," Putin said.'], [INTRO, '"We want peace and stability," Mr Xi said.']];
    for (const { quotes } of [index(...paragraphs), apart(...paragraphs)]) {
      expect(quotes.map((g) => [g.speaker, g.articles]).sort()).toEqual([
        ['Vladimir Putin', ['outlet-1']],
        ['Xi Jinping', ['outlet-2']],
      ]);
      expect(new Set(quotes.map((g) => g.id)).size).toBe(2);
    }
  });
  it('lets an unattributed exact quotation join the one named speaker’s group from another story', () => {
    const { quotes } = apart(
      [INTRO, '"We want peace and stability," Putin said.'],
      ['"We want peace and stability" was the message of the day.'],
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Vladimir Putin', match: 'exact', stories: ['story-1', 'story-2'] });
    // The occurrence keeps what its own text says: no speaker.
    expect(quotes[0]!.occurrences.map((o) => [o.article, o.speaker])).toEqual([
      ['outlet-1', 'Vladimir Putin'],
      ['outlet-2', null],
    ]);
  });
  it('leaves an unattributed quotation on its own when two named speakers say the same words', () => {
    const paragraphs = [
      [INTRO, '"We want peace and stability," Putin said.'],
      [INTRO, '"We want peace and stability," Mr Xi said.'],
      ['"We want peace and stability" was the message of the day.'],
    ];
    for (const { quotes } of [index(...paragraphs), apart(...paragraphs)]) {
      expect(quotes.map((g) => [g.speaker, g.articles]).sort()).toEqual([
        ['Vladimir Putin', ['outlet-1']],
        ['Xi Jinping', ['outlet-2']],
        [null, ['outlet-3']],
      ].sort());
    }
  });
  it('groups unattributed words across stories, but not a single scare-quoted word', () => {
    const { quotes } = apart(
      ['The deal was billed as a "win-win partnership", the protest as an "invasion".'],
      ['Both sides hailed a "win-win partnership" amid talk of an "invasion".'],
    );
    const partnership = groupWith(quotes, 'win-win');
    expect(partnership).toMatchObject({ speaker: null, stories: ['story-1', 'story-2'], outlets: ['Outlet 1', 'Outlet 2'] });
    const invasion = quotes.filter((g) => g.text === 'invasion');
    expect(invasion.map((g) => g.stories)).toEqual([['story-1'], ['story-2']]);
    // Same speaker and wording, so the same hash: the later one takes a suffix.
    expect(invasion.map((g) => g.id)).toEqual([invasion[0]!.id, `${invasion[0]!.id}-2`]);
    expect(index(['an "invasion"'], ['an "invasion"']).quotes).toHaveLength(1);
  });
  it('links variants and contained quotations across stories only through the speaker’s name', () => {
    const variant = apart(
      [INTRO, '"We commend China\'s approaches to resolving the crisis in Ukraine," Putin said.'],
      [INTRO, '"We commend China\'s approaches to resolving the conflict in Ukraine," the Russian leader said.'],
    ).quotes;
    expect(variant).toHaveLength(1);
    expect(variant[0]).toMatchObject({ match: 'variant', stories: ['story-1', 'story-2'] });

    const full = [INTRO, '“China will continue to play a constructive role toward this,” Mr Xi said.'];
    const named = direct(apart(full, [INTRO, 'Xi Jinping said Beijing would "play a constructive role toward this".']).quotes);
    expect(named).toHaveLength(1);
    expect(named[0]!.occurrences.map((o) => [o.article, o.match])).toEqual([
      ['outlet-1', 'exact'],
      ['outlet-2', 'contained'],
    ]);
    // Without a name, only the story's own context ties a fragment to a longer quotation.
    const unnamed = ['The communique said China would "play a constructive role toward this".'];
    expect(direct(apart(full, unnamed).quotes)).toHaveLength(2);
    expect(direct(index(full, unnamed).quotes)).toHaveLength(1);
  });
  it('links variants across stories only through a name, never through a description ("the president")', () => {
    const { quotes } = apart(
      ['The summit opened in Lisbon.', '"We will cut tariffs on steel and aluminium this year," the president said.'],
      ['The summit opened in Nairobi.', '"We will cut tariffs on steel and copper this year," the president said.'],
    );
    expect(direct(quotes).map((g) => [g.speaker, g.speakerDescribed, g.stories.length])).toEqual([
      ['the president', true, 1],
      ['the president', true, 1],
    ]);
    const { quotes: together } = index(
      ['The summit opened in Lisbon.', '"We will cut tariffs on steel and aluminium this year," the president said.'],
      ['The summit opened in Lisbon.', '"We will cut tariffs on steel and copper this year," the president said.'],
    );
    expect(direct(together).map((g) => g.match)).toEqual(['variant']);
  });
  it('gives a story’s lone surname the full name that says the same words in another story', () => {
    // Two Lindqvists in the collection, each written once: the surname alone stands for neither.
    const petra = ['Harbour master Petra Lindqvist toured the docks.', '"The channel will reopen in May," Lindqvist said.'];
    const erik = ['Coach Erik Lindqvist named his team.', '"We are ready for the final," Lindqvist said.'];
    const lone = ['Lindqvist spoke at the docks on Monday.', '"The channel will reopen in May," Lindqvist said.', '"Ships must wait outside," Lindqvist added.'];
    const { quotes } = apart(petra, erik, lone);
    expect(quotes.map((g) => [g.speaker, g.text, g.stories]).sort()).toEqual([
      ['Erik Lindqvist', 'We are ready for the final', ['story-2']],
      ['Petra Lindqvist', 'Ships must wait outside', ['story-3']],
      ['Petra Lindqvist', 'The channel will reopen in May', ['story-1', 'story-3']],
    ]);
    // The occurrence still shows how its story names the speaker.
    expect(groupWith(quotes, 'Ships').occurrences.map((o) => [o.speaker, o.speakerMention])).toEqual([['Petra Lindqvist', 'Lindqvist']]);
    // Both full names say those words elsewhere: the surname stays as written.
    const both = apart(petra, [...erik, '"The channel will reopen in May," Lindqvist said.'], lone).quotes;
    expect(groupWith(both, 'Ships').speaker).toBe('Lindqvist');
  });
  it('gives a lone surname the full name the stories of the same event write, before the collection’s', () => {
    const match = ['Coach Geoff Ingram named his team for the final.', '"The boys were brilliant," Ingram said.'];
    const other = ['Matthew Ingram, a writer, reviewed the book.', '"It is a fine novel," Ingram said.'];
    // A report of the match in other words, naming the coach by surname only.
    const reworded = ['Ingram spoke after the final whistle.', '"We held our nerve in the last minutes," Ingram said.'];
    const articles = outletArticles([match, other, reworded]);
    const storyOf = (id: string) => id.replace('outlet', 'story');
    const speakerOf = (quotes: QuoteGroup[]) => groupWith(quotes, 'held our nerve').speaker;
    // The collection writes both Ingrams once: on its own it cannot say which one.
    expect(speakerOf(buildQuoteIndex(articles, storyOf).quotes)).toBe('Ingram');
    const sameEvent = (story: string) => (story === 'story-3' ? ['story-1'] : story === 'story-1' ? ['story-3'] : []);
    expect(speakerOf(buildQuoteIndex(articles, storyOf, sameEvent).quotes)).toBe('Geoff Ingram');
  });
  it('links a translation only between groups that share a story', () => {
    const main = [INTRO, '“We are grateful for the initiative of our Chinese colleagues and friends to regulate the situation,” Putin said.'];
    const rendering = [INTRO, '“We are grateful to our Chinese friends and colleagues for the initiatives they are putting forward to resolve this problem,” Putin said.'];
    const together = index(main, main, rendering).quotes;
    expect(groupWith(together, 'putting forward')).toMatchObject({ match: 'translation', translationOf: groupWith(together, 'to regulate').id });
    const separate = apart(main, main, rendering).quotes;
    expect(groupWith(separate, 'to regulate').stories).toEqual(['story-1', 'story-2']);
    expect(groupWith(separate, 'putting forward')).toMatchObject({ match: 'exact', stories: ['story-3'] });
    expect(groupWith(separate, 'putting forward').translationOf).toBeUndefined();
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
    expect(JSON.stringify(buildQuoteIndex([...seeds].reverse(), (id) => seedStoryOf.get(id)!))).toBe(JSON.stringify(clusteredIndex));
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
  it('groups the quotations the outlets share across the stories the clustering splits them into', () => {
    expect(() => QuoteIndexSchema.parse(clusteredIndex)).not.toThrow();
    expect(seedStories.length).toBeGreaterThan(1);
    const noLimits = groupWith(clusteredIndex.quotes, 'no limits');
    expect(noLimits).toMatchObject({ speaker: null, kind: 'fragment', match: 'exact' });
    expect(noLimits.outlets).toHaveLength(3);
    expect(noLimits.stories).toHaveLength(2);

    const dialogue = groupWith(clusteredIndex.quotes, 'We are open to a dialogue');
    expect(dialogue).toMatchObject({ speaker: 'Vladimir Putin', match: 'exact' });
    expect(dialogue.outlets).toEqual(['Euronews', 'Sky News']);

    const grateful = groupWith(clusteredIndex.quotes, 'regulate the situation');
    expect(grateful.outlets).toEqual(['Euronews', 'Sky News', 'unknown-outlet-putin-grateful-to-beijing']);
    // Euronews and Sky News share a fifth of their text: two related stories, not one.
    expect(grateful.stories).toHaveLength(3);
    const rendering = groupWith(clusteredIndex.quotes, 'putting forward');
    expect(rendering).toMatchObject({ match: 'translation', translationOf: grateful.id, speaker: 'Vladimir Putin' });

    for (const g of clusteredIndex.quotes) {
      expect(g.stories).toEqual([...new Set(g.occurrences.map((o) => seedStoryOf.get(o.article)!))].sort());
      expect(g.story).toBe(seedStoryOf.get(g.occurrences[0]!.article));
    }
  });
  it('finds the same shared quotation groups whether the seeds are one story or several', () => {
    // Reported speech is the writer's wording and joins across stories only by a speaker both name: "China's number one"
    // names Xi only where a story also calls him China's president, so its reports are left out of the comparison.
    const shared = (quotes: QuoteGroup[]) => quotes.filter((g) => g.outlets.length > 1 && g.kind !== 'reported').map((g) => [g.id, g.outlets]);
    expect(shared(clusteredIndex.quotes)).toEqual(shared(seedIndex.quotes));
  });
  it('includes quotations only one outlet carries, with one occurrence', () => {
    const single = seedIndex.quotes.filter((g) => g.outlets.length === 1);
    expect(single.length).toBeGreaterThan(0);
    expect(groupWith(single, 'Turn to the East').occurrences).toHaveLength(1);
  });
});
