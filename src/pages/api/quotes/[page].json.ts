// dist/api/quotes/<n>.json: the quote index, QUOTES_PER_FILE groups a file, most widely carried first.
import type { APIRoute } from 'astro';
import { loadRecords } from '../../../lib/records/load.ts';
import { quoteFiles } from '../../../lib/present/api.ts';
import { json } from '../index.json.ts';

export function getStaticPaths() {
  const files = quoteFiles(loadRecords().quotes);
  return files.map((quotes, i) => ({ params: { page: String(i + 1) }, props: { quotes, page: i + 1, pages: files.length } }));
}

export const GET: APIRoute = ({ props }) => json(props);
