// A short line that recurs word for word in one outlet's articles on different stories is that outlet's furniture
// ("Follow us on …", a recommended-stories widget), not part of the story. Text that different outlets share is the
// opposite: syndicated copy, what Wiretrace exists to show, so repetition across outlets never marks a line.
import type { Article } from '../records/article.ts';
import { contentWords } from '../text/contentWords.ts';
import { containment, shingles } from '../text/shingles.ts';

/** Lines longer than this are paragraphs, which an outlet may legitimately repeat (a standard background paragraph). */
const MAX_WORDS = 20;
/** Articles sharing less than this share of body shingles count as unrelated. */
const UNRELATED_BELOW = 0.1;

/** The site an article comes from, as far as it says: its outlet, else its web address's host. */
function siteOf(a: Article): string | null {
  const named = a.outlet ?? (a.url && URL.canParse(a.url) ? new URL(a.url).hostname.replace(/^www\./, '') : null);
  return named ? named.trim().toLowerCase() : null;
}

export function markRecurringLines(articles: Article[]): Article[] {
  // Key: the site, then the line's content words. An article whose site is unknown shares furniture with no one.
  const byText = new Map<string, Set<number>>();
  const keyOf = (site: string, text: string) => {
    const words = contentWords(text).join(' ');
    return words ? `${site}\u0000${words}` : null;
  };
  const sites = articles.map(siteOf);
  articles.forEach((a, i) => {
    const site = sites[i];
    if (!site) return;
    a.blocks.forEach((b) => {
      if (b.words > MAX_WORDS || (b.kind !== 'body' && b.kind !== 'subhead')) return;
      const key = keyOf(site, b.text);
      if (!key) return;
      if (!byText.has(key)) byText.set(key, new Set());
      byText.get(key)!.add(i);
    });
  });
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
    const site = sites[i];
    if (!site) return a;
    const blocks = a.blocks.map((b) => {
      if (b.kindFromFrontMatter) return b;
      const key = keyOf(site, b.text);
      return key && recurring.get(key)?.has(i) && b.words <= MAX_WORDS && (b.kind === 'body' || b.kind === 'subhead')
        ? { ...b, kind: 'boilerplate' as const, reason: 'recurs word for word in this outlet’s articles on other stories' }
        : b;
    });
    return { ...a, blocks, bodyWords: blocks.filter((b) => b.kind === 'body').reduce((s, b) => s + b.words, 0) };
  });
}
