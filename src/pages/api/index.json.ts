// dist/api/index.json: every story and article (metadata), and where the rest is.
import type { APIRoute } from 'astro';
import { loadRecords } from '../../lib/records/load.ts';
import { apiIndex } from '../../lib/present/api.ts';

export const GET: APIRoute = () => json(apiIndex(loadRecords()));

export function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
