// The shared-quote index of a set of articles: extraction and attribution story by story (each story's text names
// its speakers; the full names of the stories reporting the same event, then the collection's, stand behind a lone
// surname), then grouping across the whole collection.
import type { Article } from '../records/article.ts';
import { attributeSpeakers } from './attributeSpeakers.ts';
import { countNames, namesBySurname, nearNamesFirst } from './speakerAliases.ts';
import { extractQuotes, QUOTABLE_KINDS } from './extractQuotes.ts';
import { groupQuotes, type QuoteSighting } from './groupQuotes.ts';
import type { QuoteIndex } from '../records/quote.ts';
import { compareCodeUnits } from '../text/order.ts';


/**
 * Every quotation in the articles' headlines and body paragraphs, grouped across all outlets and stories.
 * `storyOf` gives each article's story (from the story clustering; `() => 'all'` treats the set as one story): speaker
 * aliases are resolved within a story, and links that rest on context rather than on a shared name stay inside one.
 * `sameEvent` gives the stories that report a story's event in other words: the full names they write stand behind a
 * lone surname before the whole collection's do.
 * Groups are ordered by how many outlets carry them, then by id; the same articles always give the same index.
 */
export function buildQuoteIndex(
  articles: Article[],
  storyOf: (articleId: string) => string,
  sameEvent: (story: string) => readonly string[] = () => [],
): QuoteIndex {
  const stories = new Map<string, Article[]>();
  for (const a of [...articles].sort((x, y) => compareCodeUnits(x.id, y.id))) {
    const s = storyOf(a.id);
    stories.set(s, [...(stories.get(s) ?? []), a]);
  }
  const texts = new Map<string, string[]>();
  for (const [story, members] of stories) {
    texts.set(story, members.flatMap((a) => a.blocks.filter((b) => QUOTABLE_KINDS.has(b.kind)).map((b) => b.text)));
  }
  // Full names from body paragraphs only: a headline's title case ("Putin Hails China's 'Genuine Desire'") reads as
  // a name, and one such false name makes the real one ambiguous in every other story.
  const names = new Map(
    [...stories].map(([story, members]) => [story, countNames(members.flatMap((a) => a.blocks.filter((b) => b.kind === 'body').map((b) => b.text)))]),
  );
  const corpus = namesBySurname([...names.keys()].sort(compareCodeUnits).map((s) => names.get(s)!));
  const sightings = [...stories.keys()].sort(compareCodeUnits).flatMap((story) => {
    const members = stories.get(story)!;
    const found = members.map((a) => extractQuotes(a));
    const event = [story, ...sameEvent(story)].filter((s, k, all) => names.has(s) && all.indexOf(s) === k).sort(compareCodeUnits);
    const near = event.length > 1 ? nearNamesFirst(namesBySurname(event.map((s) => names.get(s)!)), corpus) : corpus;
    const { direct, reported } = attributeSpeakers(members, found, near);
    return members.flatMap((a, ai) =>
      [
        ...found[ai]!.map((q, qi) => ({ q, who: direct[ai]![qi]! })),
        ...reported[ai]!.map((r) => ({ q: r.quote, who: r.attribution })),
      ].map(({ q, who }): QuoteSighting => {
        const first = q.parts[0]!;
        const block = a.blocks[first.blockIndex]!;
        const parts = q.parts.map((p) => {
          const b = a.blocks[p.blockIndex]!;
          return { block: b.id, line: b.line, start: p.start, end: p.end, text: p.text };
        });
        return {
          article: a.id,
          outlet: a.outlet ?? a.id,
          story,
          block: block.id,
          line: block.line,
          text: q.text,
          start: first.start,
          end: first.end,
          ...(parts.length > 1 ? { parts } : {}),
          kind: q.kind,
          ...who,
          unbalanced: q.unbalanced,
        };
      }),
    );
  });
  const quotes = groupQuotes(sightings, texts);
  quotes.sort((a, b) => b.outlets.length - a.outlets.length || compareCodeUnits(a.id, b.id));
  return { quotes };
}
