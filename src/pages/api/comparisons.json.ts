import type { APIRoute } from 'astro';
import { loadRecords } from '../../lib/records.ts';

export const GET: APIRoute = () => new Response(JSON.stringify({ comparisons: loadRecords().comparisons }, null, 2));
