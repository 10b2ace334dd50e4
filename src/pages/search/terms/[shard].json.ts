/**
 * The glossary's forms for the search page's quick answer, in one small file
 * per first character (八 → 516b.json), so that a query fetches only the
 * forms that could equal it, however large the glossary grows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formsOf, listEntries } from '../../../lib/site/glossary.ts';
import { bareForm } from '../../../lib/glossary/load.ts';

interface Hit {
  form: string;
  slug: string;
  term: string;
  summary: string;
}

export const getStaticPaths: GetStaticPaths = async () => {
  const shards = new Map<string, Hit[]>();
  for (const entry of await listEntries()) {
    for (const form of formsOf(entry).map(bareForm)) {
      const shard = form.codePointAt(0)!.toString(16);
      shards.set(shard, [...(shards.get(shard) ?? []), { form, slug: entry.id, term: bareForm(entry.data.term), summary: entry.data.summary }]);
    }
  }
  return [...shards].map(([shard, hits]) => ({ params: { shard }, props: { hits } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.hits), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
