/**
 * The base path the site is built for (PKB_BASE, default /), always with a
 * leading and a trailing slash: /, /kb/. Astro's `base` and every link the
 * pipeline writes into generated content come from here.
 */
export function siteBase(value = process.env.PKB_BASE): string {
  const trimmed = (value ?? '/').trim().replace(/^\/*/u, '/').replace(/\/*$/u, '/');
  return trimmed === '//' ? '/' : trimmed;
}

/** The address of a glossary entry under a base path. */
export const glossaryHref = (base: string, slug: string) => `${base}glossary/${slug}/`;
