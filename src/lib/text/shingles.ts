// Word n-gram shingles: the unit of "shared text" for grouping articles and spotting recurring lines.
import { words } from './tokens.ts';

export const SHINGLE_SIZE = 5;

/** Lowercased word n-grams of a text; texts shorter than n words give one shingle of all their words. */
export function shingles(text: string, n = SHINGLE_SIZE): Set<string> {
  const w = words(text.toLowerCase()).map((t) => t.replace(/[’']/g, "'"));
  const out = new Set<string>();
  if (w.length === 0) return out;
  if (w.length < n) {
    out.add(w.join(' '));
    return out;
  }
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** Share of `a`'s shingles that also occur in `b` (0 when `a` is empty). */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / a.size;
}
