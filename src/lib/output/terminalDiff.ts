// A comparison as terminal text: colours when writing to a terminal, wdiff-style [-removed-]{+added+} otherwise.
import type { Article } from '../records/article.ts';
import type { Comparison, DiffSegment } from '../records/comparison.ts';
import { outletName, percent } from '../present/labels.ts';

const ANSI = { red: '\x1b[31;9m', green: '\x1b[32;4m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatSegments(segments: DiffSegment[], color: boolean): string {
  return segments
    .map((s) => {
      if (s.op === 'equal' || (s.style && s.op === 'added')) return s.text;
      if (s.style) return '';
      if (color) return `${s.op === 'removed' ? ANSI.red : ANSI.green}${s.text}${ANSI.reset}`;
      return s.op === 'removed' ? `[-${s.text}-]` : `{+${s.text}+}`;
    })
    .join('');
}

export function formatComparison(c: Comparison, a: Article, b: Article, color: boolean): string {
  const bold = (s: string) => (color ? `${ANSI.bold}${s}${ANSI.reset}` : s);
  const lines = [
    bold(`${outletName(a)} (${a.id}) → ${outletName(b)} (${b.id})`),
    `similarity ${percent(c.similarity)} · ${percent(c.containment.aInB)} of a in b · ${percent(c.containment.bInA)} of b in a`,
    `words kept ${c.words.kept} · moved ${c.words.moved} · removed ${c.words.removed} · added ${c.words.added}`,
    '',
  ];
  for (const r of c.rows.filter((x) => x.counted)) {
    const label = { same: '=', edited: '~', moved: '↕', 'only-a': '-', 'only-b': '+' }[r.kind];
    lines.push(`${label} ${formatSegments(r.segments, color)}`);
  }
  const edits = c.edits.filter((e) => !e.style);
  if (edits.length) {
    lines.push('', bold('Edit summary'));
    for (const e of edits) lines.push(`  ${e.from || '(nothing)'} → ${e.to || '(nothing)'}${e.count > 1 ? ` ×${e.count}` : ''}`);
  }
  if (c.styleChanges.length) {
    lines.push('', bold('Style only (not counted)'));
    for (const e of c.styleChanges) lines.push(`  ${e.from} → ${e.to}`);
  }
  return `${lines.join('\n')}\n`;
}
