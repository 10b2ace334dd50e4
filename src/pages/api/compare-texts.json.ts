/** The texts the comparison page offers to choose from: fetched only when the reader chooses. */
import type { APIRoute } from 'astro';
import { dateKey } from '../../lib/site/speech-order.ts';
import { listSpeeches } from '../../lib/site/speeches.ts';

export const GET: APIRoute = async () => {
  const texts = (await listSpeeches()).map(({ id, data }) => ({
    slug: id,
    title: data.title,
    kind: data.kind,
    ...(data.level ? { level: data.level } : {}),
    ...(dateKey(data) ? { date: dateKey(data) } : {}),
  }));
  return new Response(JSON.stringify(texts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
