// Which of two versions was edited into the other. Never from id order: an id says nothing about which came first.
import type { Article } from '../records/article.ts';
import type { Direction, RELATIONS } from '../records/comparison.ts';

/**
 * `known` is what the story model found (a derivation) and wins. Otherwise the article published on the earlier
 * day is the one edited; on the same day, or with a date missing, nothing tells. Related reports are distinct
 * texts that share passages, so neither is an edit of the other, whatever their dates.
 */
export function editDirection(
  a: Pick<Article, 'id' | 'published'>,
  b: Pick<Article, 'id' | 'published'>,
  relation: (typeof RELATIONS)[number],
  known: Direction = null,
): Direction {
  if (relation === 'related') return null;
  if (known) return known;
  if (!a.published || !b.published || a.published === b.published) return null;
  const [from, to] = a.published < b.published ? [a, b] : [b, a];
  return { from: from.id, to: to.id, basis: 'published' };
}
