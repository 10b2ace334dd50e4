/** Machine-readable list of speeches for other intranet tools: metadata, outline and the terms each uses. */
import type { APIRoute } from 'astro';
import { listSpeeches } from '../../lib/site/speeches.ts';
import { url } from '../../lib/site/url.ts';

export const GET: APIRoute = async () => {
  const speeches = (await listSpeeches()).map(({ id, data }) => ({
    slug: id,
    title: data.title,
    ...(data.occasion ? { occasion: data.occasion } : {}),
    ...(data.date ? { date: data.date } : {}),
    ...(data.year ? { year: data.year } : {}),
    ...(data.level ? { level: data.level } : {}),
    ...(data.speaker ? { speaker: data.speaker } : {}),
    ...(data.origin ? { origin: data.origin } : {}),
    ...(data.published ? { published: data.published } : {}),
    kind: data.kind,
    source: data.source,
    chars: data.chars,
    paragraphs: data.paragraphs,
    url: url(`speeches/${id}/`),
    outline: data.outline,
    terms: data.terms,
  }));
  return new Response(`${JSON.stringify({ speeches }, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
