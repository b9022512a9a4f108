import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/present/siteData.ts';
import { unifiedDiff } from '../../../lib/output/unifiedDiff.ts';

export function getStaticPaths() {
  return siteData().comparisons.map((c) => ({ params: { a: c.a, b: c.b } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  return new Response(unifiedDiff(data.article(params.a!), data.article(params.b!)), {
    headers: { 'Content-Type': 'text/x-diff; charset=utf-8' },
  });
};
