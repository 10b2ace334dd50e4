/** Machine-readable glossary for other intranet tools: every entry, its forms and where it is used. */
import type { APIRoute } from 'astro';
import { formsOf, listEntries, usesOf } from '../../lib/site/glossary.ts';
import { url } from '../../lib/site/url.ts';

export const GET: APIRoute = async () => {
  const entries = await listEntries();
  const terms = entries.map((entry) => {
    const uses = usesOf(entry.id);
    const bySpeech: Record<string, number> = {};
    for (const use of uses) bySpeech[use.speech] = (bySpeech[use.speech] ?? 0) + 1;
    return {
      slug: entry.id,
      term: entry.data.term,
      aliases: entry.data.aliases,
      forms: formsOf(entry),
      category: entry.data.category,
      summary: entry.data.summary,
      ...(entry.data.document ? { document: entry.data.document } : {}),
      basis: entry.data.basis,
      related: entry.data.related,
      url: url(`glossary/${entry.id}/`),
      uses: { total: uses.length, bySpeech },
    };
  });
  return new Response(`${JSON.stringify({ terms }, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
