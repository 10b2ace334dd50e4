/** The uses of every term and formulation summed per year, kind and level: what 高频术语 ranks for another filter. */
import type { APIRoute } from 'astro';
import { trendData } from '../../lib/language/trends.ts';
import { profiles } from '../../lib/site/language.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(trendData((await profiles()).values())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
