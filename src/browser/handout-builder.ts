/**
 * The handout builder: the reader ticks speeches and terms; the page fetches
 * their printable versions from the site itself and puts them together, in
 * the order of the lists. The selection lives in the address (?s=…&t=…).
 */
import { cssString } from '../lib/site/css.ts';

export function selectionFrom(search: string): { speeches: string[]; terms: string[] } {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return { speeches: list('s'), terms: list('t') };
}

/**
 * A page of the site, parsed into a template's content: inert, so nothing in
 * it is applied (a DOMParser document applies its inline <style>, which this
 * page's Content-Security-Policy refuses, one console error per page).
 */
async function fetchPage(root: Document, url: string): Promise<DocumentFragment> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const template = root.createElement('template');
  template.innerHTML = await response.text();
  return template.content;
}

/**
 * The running head of printed pages, from page 2, as a single handout has:
 * each part of the handout (a speech, the terms, the note pages) is a named
 * page headed by its own title. Set through the CSS object model, which the
 * Content-Security-Policy allows; the official-document style has no head.
 */
function setRunningHeads(root: Document, parts: readonly Element[], titles: readonly string[]): void {
  const rules = parts.flatMap((part, i) => {
    part.setAttribute('data-running-head', String(i));
    return [
      `html:not(.gbt) [data-builder-preview] > [data-running-head="${i}"] { page: builder-${i}; }`,
      `@page builder-${i} { @top-center { content: ${cssString(titles[i]!)}; font-size: 9pt; color: #444; } }`,
      `@page builder-${i}:first { @top-center { content: none; } }`,
    ];
  });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [sheet];
}

export function enableHandoutBuilder(root: Document): void {
  const builder = root.querySelector<HTMLElement>('[data-handout-builder]');
  const picker = root.querySelector<HTMLFormElement>('[data-builder-picker]');
  const preview = root.querySelector<HTMLElement>('[data-builder-preview]');
  const status = root.querySelector<HTMLElement>('[data-builder-status]');
  const notesTemplate = root.querySelector<HTMLTemplateElement>('template[data-study-notes]');
  if (!builder || !picker || !preview || !status || !notesTemplate) return;
  const base = builder.dataset.base ?? '/';
  const docxButton = root.querySelector<HTMLButtonElement>('[data-docx-download]');
  docxButton?.addEventListener('click', async () => {
    const { downloadHandoutDocx } = await import('./docx-download.ts');
    await downloadHandoutDocx(preview, '组合学习讲义');
  });

  const initial = selectionFrom(location.search);
  for (const box of picker.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = (box.name === 's' ? initial.speeches : initial.terms).includes(box.value);
    if (box.checked) box.closest('details')?.setAttribute('open', '');
  }

  let booklet: Promise<DocumentFragment> | undefined;
  let run = 0;
  const assemble = async () => {
    const current = ++run;
    const checked = (name: string) => [...picker.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((b) => b.value);
    const speeches = checked('s');
    const terms = checked('t');
    const params = new URLSearchParams(location.search);
    for (const [key, values] of [['s', speeches], ['t', terms]] as const) {
      if (values.length) params.set(key, values.join(','));
      else params.delete(key);
    }
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params.toString().replace(/%2C/gu, ',')}` : ''}`);
    if (!speeches.length && !terms.length) {
      preview.replaceChildren();
      if (docxButton) docxButton.hidden = true;
      root.adoptedStyleSheets = [];
      status.textContent = '尚未选择内容。';
      return;
    }
    status.textContent = '正在生成讲义……';
    const parts: Element[] = [];
    const titles: string[] = [];
    for (const slug of speeches) {
      const doc = await fetchPage(root, `${base}handouts/${slug}/`);
      const article = doc.querySelector('[data-handout] article.speech');
      if (!article) continue;
      parts.push(root.importNode(article, true));
      titles.push(article.querySelector('h1')?.textContent?.trim() ?? '');
    }
    if (terms.length) {
      booklet ??= fetchPage(root, `${base}handouts/glossary/`);
      const doc = await booklet;
      const section = root.createElement('section');
      section.className = 'builder-terms';
      const heading = root.createElement('h2');
      heading.textContent = '术语释义';
      section.append(heading);
      for (const slug of terms) {
        const entry = doc.getElementById(`entry-${slug}`);
        if (entry) section.append(root.importNode(entry, true));
      }
      parts.push(section);
      titles.push('术语释义');
    }
    const notes = notesTemplate.content.firstElementChild;
    if (notes) {
      parts.push(root.importNode(notes, true));
      titles.push('学习笔记');
    }
    if (current !== run) return;
    preview.replaceChildren(...parts);
    setRunningHeads(root, parts, titles);
    if (docxButton) docxButton.hidden = false;
    status.textContent = `讲义包含 ${speeches.length} 篇讲话、${terms.length} 条术语，可以打印。`;
  };
  const assembleOrSay = () =>
    assemble().catch((error: unknown) => {
      status.textContent = `讲义生成失败：${error instanceof Error ? error.message : String(error)}。请检查网络连接后重试。`;
    });
  picker.addEventListener('change', () => void assembleOrSay());
  void assembleOrSay();
}
