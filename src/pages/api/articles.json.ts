import type { APIRoute } from 'astro';
import { loadRecords } from '../../lib/records.ts';

export const GET: APIRoute = () => new Response(JSON.stringify({ articles: loadRecords().articles }, null, 2));
