// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { speechSources } from './src/integrations/speech-sources.ts';

// The site can be served under any base path, e.g. PKB_BASE=/kb/ for http://intranet/kb/.
const base = process.env.PKB_BASE ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory', assets: '_assets' },
  // Markdown (glossary definitions) gets GFM; the speeches' MDX does not, so a
  // URL typed in a speech stays text. Neither rewrites quotes (no smartypants).
  markdown: { processor: unified({ gfm: true, smartypants: false }) },
  integrations: [mdx({ processor: unified({ gfm: false, smartypants: false }) }), speechSources()],
  devToolbar: { enabled: false },
  vite: {
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
