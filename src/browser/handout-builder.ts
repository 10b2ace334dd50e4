/**
 * The handout builder: the reader ticks speeches and terms; the page fetches
 * their printable versions from the site itself and puts them together, in
 * the order of the lists. The selection lives in the address (?s=…&t=…).
 */
export function selectionFrom(search: string): { speeches: string[]; terms: string[] } {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return { speeches: list('s'), terms: list('t') };
}

async function fetchDocument(url: string): Promise<Document> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

export function enableHandoutBuilder(root: Document): void {
  const builder = root.querySelector<HTMLElement>('[data-handout-builder]');
  const picker = root.querySelector<HTMLFormElement>('[data-builder-picker]');
  const preview = root.querySelector<HTMLElement>('[data-builder-preview]');
  const status = root.querySelector<HTMLElement>('[data-builder-status]');
  const notesTemplate = root.querySelector<HTMLTemplateElement>('template[data-study-notes]');
  if (!builder || !picker || !preview || !status || !notesTemplate) return;
  const base = builder.dataset.base ?? '/';

  const initial = selectionFrom(location.search);
  for (const box of picker.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = (box.name === 's' ? initial.speeches : initial.terms).includes(box.value);
    if (box.checked) box.closest('details')?.setAttribute('open', '');
  }

  let booklet: Promise<Document> | undefined;
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
      status.textContent = '尚未选择内容。';
      return;
    }
    status.textContent = '正在生成讲义……';
    const parts: Node[] = [];
    for (const slug of speeches) {
      const doc = await fetchDocument(`${base}handouts/${slug}/`);
      const article = doc.querySelector('[data-handout] article.speech');
      if (article) parts.push(root.importNode(article, true));
    }
    if (terms.length) {
      booklet ??= fetchDocument(`${base}handouts/glossary/`);
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
    }
    parts.push(notesTemplate.content.cloneNode(true));
    if (current !== run) return;
    preview.replaceChildren(...parts);
    status.textContent = `讲义包含 ${speeches.length} 篇讲话、${terms.length} 条术语，可以打印。`;
  };
  picker.addEventListener('change', () => void assemble());
  void assemble();
}
