// dist/api/stories/<id>.json: one story with its articles, comparisons, collation and quotations.
import type { APIRoute } from 'astro';
import { loadRecords } from '../../../lib/records/load.ts';
import { storyDocument } from '../../../lib/present/api.ts';
import { json } from '../index.json.ts';

export function getStaticPaths() {
  return loadRecords().stories.map((s) => ({ params: { id: s.id } }));
}

export const GET: APIRoute = ({ params }) => json(storyDocument(loadRecords(), params.id!));
