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
  // Text is literal: no smart quotes, no typographic rewriting of the speeches.
  markdown: { processor: unified({ gfm: true, smartypants: false }) },
  integrations: [mdx(), speechSources()],
  devToolbar: { enabled: false },
  prefetch: false,
});
