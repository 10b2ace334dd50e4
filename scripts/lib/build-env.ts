/**
 * The environment for a build started from a test: the test runner's own
 * Vite variables (BASE_URL, MODE, …) would leak into Astro's import.meta.env
 * and override the site's base path; with the runner's VITEST and NODE_ENV
 * variables, `astro dev` started but never answered a request.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PKB_BASE: '/', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}
