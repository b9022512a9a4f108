// dist/api/stories/<id>/comparisons/<n>.json: the comparisons of a story too large for one file, COMPARISONS_PER_FILE each.
import type { APIRoute } from 'astro';
import { loadRecords } from '../../../../../lib/records/load.ts';
import { comparisonFiles } from '../../../../../lib/present/api.ts';
import { json } from '../../../index.json.ts';

export function getStaticPaths() {
  const records = loadRecords();
  return records.stories.flatMap((s) => {
    const files = comparisonFiles(records, s.id);
    return files.length === 1 ? [] : files.map((comparisons, i) => ({ params: { id: s.id, n: String(i + 1) }, props: { comparisons } }));
  });
}

export const GET: APIRoute = ({ props }) => json({ comparisons: props.comparisons });
