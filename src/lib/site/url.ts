/** Links inside the site, under whatever base path it is built for. */
const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');

/** `url('speeches/x/')` → `/kb/speeches/x/` when built for /kb/. */
export function url(path = ''): string {
  return base + path.replace(/^\//u, '');
}
