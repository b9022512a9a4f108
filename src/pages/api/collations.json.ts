import type { APIRoute } from 'astro';
import { loadRecords } from '../../lib/records.ts';

export const GET: APIRoute = () => new Response(JSON.stringify({ collations: loadRecords().collations }, null, 2));
