// Stories that report one event in different words. Shared text makes versions and related reports (groupStories);
// an independent report of the same visit or strike shares almost none, but names the same people, places and
// organisations within days of the other. Those names link stories at a looser level, shown apart from versions.
import type { Article } from '../records/article.ts';
import { compareCodeUnits } from '../text/order.ts';
import { NOT_NAMES, TITLES } from '../text/lexicon/names.ts';
import { tokenize } from '../text/tokens.ts';

/**
 * Two stories report one event when the names they share weigh at least this share of the lighter story's names
 * (names weighted by rarity across stories), and they share at least MIN_SHARED_NAMES of them.
 */
export const SAME_EVENT_MIN_STRENGTH = 0.3;
export const MIN_SHARED_NAMES = 4;
/** Reports more than this many days apart (where both dates are known) are different events. */
export const SAME_EVENT_MAX_DAYS = 7;
/** A name in more than this share of a large collection (a country, a capital) carries no sign of one event. */
const COMMON_NAME_SHARE = 0.2;
/** Below this many stories every name counts: "too common" means nothing in a small collection. */
const COMMON_NAME_MIN_STORIES = 20;

export interface EventLink {
  story: string;
  /** Weighted share of the lighter story's names that the other story also names, 0–1 (3 decimals). */
  strength: number;
  /** Names both stories use, whole as one of them writes them, rarest first (then in code-unit order), at most ten. */
  shared: string[];
}

/**
 * The names an article's body uses, as written ("Le Havre", "Karim Benali", "Marseille-Fos"): runs of capitalised
 * words (a sentence's first word only when a capitalised word follows it), possessives folded ("Putin’s" →
 * "Putin"). Headlines are left out: their title case capitalises every word.
 */
export function namesIn(article: Article): string[] {
  const out = new Set<string>();
  for (const b of article.blocks) {
    if (b.kind !== 'body') continue;
    for (const sentence of b.sentences) {
      const toks = tokenize(sentence);
      let run: string[] = [];
      const flush = () => {
        if (run.length) out.add(run.join(' '));
        run = [];
      };
      toks.forEach((t, i) => {
        const gap = i === 0 ? '' : sentence.slice(toks[i - 1]!.end, t.start);
        if (gap !== ' ') flush();
        const word = t.text.replace(/[’']s$/u, '');
        // A word right after an opening mark starts a quotation (or an aside), where any word is capitalised: like a
        // sentence's first word, it counts only as the start of a longer name ("Karim Benali’s members …").
        // Only the previous token's last character and the gap can tell: reading the whole prefix would make a long
        // sentence quadratic.
        const opens = i === 0 || /(?:^|\s)["“‘«„(]$/u.test(sentence.slice(toks[i - 1]!.end - 1, t.start));
        const next = toks[i + 1];
        const startsName = !!next && /^\p{Lu}/u.test(next.text) && sentence.slice(t.end, next.start) === ' ' && word === t.text;
        const name = /^\p{Lu}/u.test(t.text) && (!opens || startsName) && word.length > 1 && !NOT_NAMES.has(word.toLowerCase()) && !TITLES.has(word.toLowerCase());
        if (name) run.push(word);
        else flush();
        if (word !== t.text) flush();
      });
      flush();
    }
  }
  return [...out].sort(compareCodeUnits);
}

const DAY_MS = 86_400_000;

/**
 * For each story (by id), the other stories that report the same event, strongest first. `stories` gives each
 * story's article ids; `articles` their text and dates. Names found in most stories of a large collection are
 * skipped as candidates, so the stories compared are only those sharing rarer names.
 */
export function relateStories(stories: { id: string; articles: string[] }[], articles: Article[]): Map<string, EventLink[]> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ordered = [...stories].sort((x, y) => compareCodeUnits(x.id, y.id));
  // Stories match on single words ("Putin" in one, "Vladimir Putin" in the other) and show whole names.
  const phrases = ordered.map((s) => [...new Set(s.articles.flatMap((id) => namesIn(byId.get(id)!)))].sort(compareCodeUnits));
  const names = phrases.map((list) => new Set(list.flatMap((p) => p.split(' '))));
  const dates = ordered.map((s) =>
    s.articles
      .map((id) => byId.get(id)!.published)
      .filter((d): d is string => d !== null)
      .map((d) => Date.parse(d))
      .filter((t) => Number.isFinite(t)),
  );
  const storiesNaming = new Map<string, number[]>();
  names.forEach((set, k) =>
    set.forEach((name) => {
      const list = storiesNaming.get(name);
      if (list) list.push(k);
      else storiesNaming.set(name, [k]);
    }),
  );
  const n = ordered.length;
  const weight = (name: string) => Math.log(1 + n / storiesNaming.get(name)!.length);
  const total = names.map((set) => [...set].reduce((sum, x) => sum + weight(x), 0));
  const tooCommon = (name: string) => n >= COMMON_NAME_MIN_STORIES && storiesNaming.get(name)!.length > COMMON_NAME_SHARE * n;

  const links = new Map<string, EventLink[]>(ordered.map((s) => [s.id, []]));
  for (let x = 0; x < n; x++) {
    const candidates = new Set<number>();
    for (const name of names[x]!) if (!tooCommon(name)) for (const y of storiesNaming.get(name)!) if (y > x) candidates.add(y);
    for (const y of [...candidates].sort((p, q) => p - q)) {
      const shared = [...names[x]!].filter((name) => names[y]!.has(name));
      if (shared.length < MIN_SHARED_NAMES || !closeInTime(dates[x]!, dates[y]!)) continue;
      const strength = shared.reduce((sum, name) => sum + weight(name), 0) / Math.min(total[x]!, total[y]!);
      if (strength < SAME_EVENT_MIN_STRENGTH) continue;
      const rounded = Math.round(strength * 1000) / 1000;
      const phraseWeight = (p: string) => p.split(' ').reduce((sum, w) => sum + weight(w), 0);
      const whole = phrases[x]!.filter((p) => p.split(' ').every((w) => names[y]!.has(w)));
      // "Le Havre" once, not also "Havre"; rarest (heaviest) first.
      const top = whole
        .filter((p) => !whole.some((q) => q !== p && ` ${q} `.includes(` ${p} `)))
        .sort((p, q) => phraseWeight(q) - phraseWeight(p) || compareCodeUnits(p, q))
        .slice(0, 10);
      links.get(ordered[x]!.id)!.push({ story: ordered[y]!.id, strength: rounded, shared: top });
      links.get(ordered[y]!.id)!.push({ story: ordered[x]!.id, strength: rounded, shared: top });
    }
  }
  for (const list of links.values()) list.sort((p, q) => q.strength - p.strength || compareCodeUnits(p.story, q.story));
  return links;
}

/** True unless both stories are dated and their nearest dates lie more than SAME_EVENT_MAX_DAYS apart. */
function closeInTime(a: number[], b: number[]): boolean {
  if (!a.length || !b.length) return true;
  return a.some((x) => b.some((y) => Math.abs(x - y) <= SAME_EVENT_MAX_DAYS * DAY_MS));
}
