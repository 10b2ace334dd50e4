/** A speech's profile for the comparison page: its facts, outline, and every term and formulation it uses, where. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { profiles } from '../../../lib/site/language.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await profiles()).keys()].map((slug) => ({ params: { slug } }));

export const GET: APIRoute = async ({ params }) => {
  const profile = (await profiles()).get(params.slug!)!;
  return new Response(JSON.stringify(profile), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
