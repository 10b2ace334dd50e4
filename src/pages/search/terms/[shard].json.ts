/**
 * The glossary's forms for the search page's quick answer, in one small file
 * per first character (八 → 516b.json), so that a query fetches only the
 * forms that could equal it, however large the glossary grows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { termShards } from '../../../lib/site/glossary.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await termShards())].map(([shard, hits]) => ({ params: { shard }, props: { hits } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.hits), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
