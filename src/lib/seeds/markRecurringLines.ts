// A short line that recurs word for word in articles that otherwise share no text is site furniture
// ("Follow us on …", a recommended-stories widget), not part of the story.
import type { Article } from '../records/article.ts';
import { contentWords } from '../text/contentWords.ts';
import { containment, shingles } from '../text/shingles.ts';

/** Lines longer than this are paragraphs, which outlets legitimately share. */
const MAX_WORDS = 20;
/** Articles sharing less than this share of body shingles count as unrelated. */
const UNRELATED_BELOW = 0.1;

export function markRecurringLines(articles: Article[]): Article[] {
  const byText = new Map<string, Set<number>>();
  articles.forEach((a, i) =>
    a.blocks.forEach((b) => {
      if (b.words > MAX_WORDS || (b.kind !== 'body' && b.kind !== 'subhead')) return;
      const key = contentWords(b.text).join(' ');
      if (!key) return;
      if (!byText.has(key)) byText.set(key, new Set());
      byText.get(key)!.add(i);
    }),
  );
  const recurring = new Map<string, Set<number>>();
  const bodyShingles = new Map<number, Set<string>>();
  const bodyOf = (i: number) => {
    if (!bodyShingles.has(i)) {
      bodyShingles.set(i, shingles(articles[i]!.blocks.filter((b) => b.kind === 'body').map((b) => b.text).join('\n')));
    }
    return bodyShingles.get(i)!;
  };
  for (const [key, owners] of byText) {
    if (owners.size < 2) continue;
    const list = [...owners];
    const unrelated = list.filter((i) => list.some((j) => j !== i && containment(bodyOf(i), bodyOf(j)) < UNRELATED_BELOW));
    if (unrelated.length) recurring.set(key, new Set(unrelated));
  }
  if (recurring.size === 0) return articles;
  return articles.map((a, i) => {
    const blocks = a.blocks.map((b) => {
      if (b.reason === 'set in front matter') return b;
      const owners = recurring.get(contentWords(b.text).join(' '));
      return owners?.has(i) && b.words <= MAX_WORDS && (b.kind === 'body' || b.kind === 'subhead')
        ? { ...b, kind: 'boilerplate' as const, reason: 'recurs word for word in articles on other stories' }
        : b;
    });
    return { ...a, blocks, bodyWords: blocks.filter((b) => b.kind === 'body').reduce((s, b) => s + b.words, 0) };
  });
}
