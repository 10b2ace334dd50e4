// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { speechSources } from './src/integrations/speech-sources.ts';
import { remarkGlossaryLinks } from './src/lib/glossary/link.ts';
import { loadGlossary } from './src/lib/glossary/load.ts';
import { glossaryHref, siteBase } from './src/lib/base.ts';
import { PATHS } from './src/lib/paths.ts';
import { loadSettings } from './src/lib/settings.ts';

// The site can be served under any base path, e.g. PKB_BASE=/kb/ for http://intranet/kb/.
const base = siteBase();

// Glossary definitions link the terms they mention, like the speeches do
// (those are linked by the converter).
const glossary = loadGlossary(PATHS.glossarySources);
const linkDefinitions = remarkGlossaryLinks({
  // How often a term is linked: content/site.yaml (termLinks).
  links: loadSettings().termLinks,
  matcher: glossary.matcher,
  target: (slug) => {
    const entry = glossary.bySlug.get(slug);
    return entry && { slug, href: glossaryHref(base, slug), summary: entry.summary };
  },
  selfSlug: (file) => file.path?.replace(/^.*[\\/]|\.md$/gu, ''),
});

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory', assets: '_assets' },
  // Markdown (glossary definitions) gets GFM; the speeches' MDX does not, so a
  // URL typed in a speech stays text. Neither rewrites quotes (no smartypants).
  markdown: { syntaxHighlight: false, processor: unified({ gfm: true, smartypants: false, remarkPlugins: [linkDefinitions] }) },
  integrations: [mdx({ processor: unified({ gfm: false, smartypants: false }) }), speechSources()],
  devToolbar: { enabled: false },
  // Only the site itself: every page carries this policy (with hashes of
  // its inline scripts and styles); WebAssembly is allowed for search.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Caches inside the project, not in node_modules: copies of the project
  // that share node_modules (the tests make some) must not share caches.
  cacheDir: './.cache/astro',
  vite: {
    cacheDir: './.cache/vite',
    build: {
      rolldownOptions: {
        // Astro's own MDX directive trips a harmless bundler warning once per
        // speech (withastro/astro#18087): drop that one, keep every other.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  prefetch: false,
});
