// The published records: dist/api/articles.json, stories.json, comparisons.json, collations.json, quotes.json.
import type { APIRoute } from 'astro';
import { loadRecords } from '../../lib/records/load.ts';
import type { Records } from '../../lib/records/article.ts';

const NAMES = ['articles', 'stories', 'comparisons', 'collations', 'quotes'] as const satisfies readonly (keyof Records)[];

export function getStaticPaths() {
  return NAMES.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) => {
  const name = params.name as (typeof NAMES)[number];
  return new Response(JSON.stringify({ [name]: loadRecords()[name] }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
