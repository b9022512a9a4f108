// Cuts a text into plain pieces and marked pieces, for marking quotations inside a paragraph.

export interface Span<T> {
  start: number;
  end: number;
  data: T;
}
export type Piece<T> = { text: string; data: T | null };

/** Overlapping or out-of-range spans are clipped: the text always comes back whole, in order. */
export function splitBySpans<T>(text: string, spans: Span<T>[]): Piece<T>[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Piece<T>[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, Math.min(s.start, text.length));
    const end = Math.min(Math.max(s.end, start), text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), data: null });
    out.push({ text: text.slice(start, end), data: s.data });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), data: null });
  return out;
}
