/**
 * Reader for Word documents (.docx, as Word and WPS save them): mammoth reads
 * the document to HTML, whose elements become source lines. Heading styles
 * (Heading 1…6, 标题 1…6, and Title/标题 for the document title), bold and
 * italic runs, lists, tables and footnotes carry over; embedded pictures are
 * not imported (the page says one was there). Lines are numbered by
 * paragraph: line N of a Word file is its Nth paragraph.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import mammoth from 'mammoth';
import { SourceError } from '../../errors.ts';
import type { SourceBlock, SourceDocument, SourceInline, SourceNote } from '../model.ts';
import { LineBuilder, type Mark } from './lines.ts';
import { plainText } from './markdown.ts';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='标题'] => h1.doc-title:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
];

/** An embedded picture: not imported, so it has no address. */
const EMBEDDED = 'word-embedded-image';

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function readDocx(bytes: Uint8Array, file: string): Promise<SourceDocument> {
  if (startsWith(bytes, OLE)) {
    throw new SourceError(file, 'this is an old binary Word document (.doc) with a .docx name: open it in Word or WPS and save it as .docx (请另存为 .docx 格式)');
  }
  if (!startsWith(bytes, ZIP)) throw new SourceError(file, 'not a Word document: a .docx file is a zip archive, and this one is not (文件已损坏或不是 Word 文档)');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: EMBEDDED })) },
    );
    html = result.value;
  } catch (error) {
    throw new SourceError(file, `the Word document cannot be read, it may be damaged: ${error instanceof Error ? error.message : String(error)} (Word 文档无法读取)`);
  }
  return htmlDocument(html);
}

const HEADING = /^h([1-6])$/u;

/** The source document of mammoth's HTML. */
export function htmlDocument(html: string): SourceDocument {
  const root = fromHtml(html, { fragment: true });
  const blocks: SourceBlock[] = [];
  const notes: SourceNote[] = [];
  let paragraph = 0;
  const builder = new LineBuilder(1);

  const inline = (nodes: readonly ElementContent[], marks: readonly Mark[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') builder.text(node.value, marks);
      if (node.type !== 'element') continue;
      const href = String(node.properties.href ?? '');
      if (node.tagName === 'strong' || node.tagName === 'b') inline(node.children, [...marks, { type: 'strong' }]);
      else if (node.tagName === 'em' || node.tagName === 'i') inline(node.children, [...marks, { type: 'emphasis' }]);
      else if (node.tagName === 'br') builder.newline();
      else if (node.tagName === 'img') builder.image(node.properties.src === EMBEDDED ? '' : String(node.properties.src ?? ''), String(node.properties.alt ?? ''), marks);
      else if (node.tagName === 'a' && /^#(?:footnote|endnote)-\d+$/u.test(href)) builder.noteRef(href.slice(1), marks);
      else if (node.tagName === 'a' && /^#(?:footnote|endnote)-ref-/u.test(href)) continue; // a note's way back to its reference
      else if (node.tagName === 'a' && href && !href.startsWith('#')) inline(node.children, [...marks, { type: 'link', url: href }]);
      else inline(node.children, marks);
    }
  };

  /** One paragraph of the document: its own line number. */
  const lines = (element: Element, extra: Parameters<LineBuilder['take']>[0] = {}) => {
    builder.moveTo(++paragraph);
    inline(element.children, []);
    return builder.take(extra);
  };

  const list = (element: Element, depth: number): void => {
    for (const item of element.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      const id = String(item.properties.id ?? '');
      if (/^(?:footnote|endnote)-\d+$/u.test(id)) {
        const content: SourceInline[] = [];
        const line = paragraph + 1;
        for (const child of item.children) if (child.type === 'element') content.push(...lines(child).flatMap((l) => l.content));
        notes.push({ id, line, content });
        continue;
      }
      const own = item.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')));
      blocks.push(...lines({ ...item, children: own }, { list: { ordered: element.tagName === 'ol', depth } }));
      for (const child of item.children) if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) list(child, depth + 1);
    }
  };

  for (const node of root.children) {
    if (node.type !== 'element') continue;
    const level = HEADING.exec(node.tagName)?.[1];
    if (level) {
      const title = (node.properties.className as string[] | undefined)?.includes('doc-title');
      blocks.push(...lines(node, { heading: title ? 0 : Number(level) }));
    } else if (node.tagName === 'ul' || node.tagName === 'ol') {
      list(node, 1);
    } else if (node.tagName === 'table') {
      const line = ++paragraph;
      const rows: SourceInline[][][] = [];
      const walkRows = (el: Element) => {
        for (const child of el.children) {
          if (child.type !== 'element') continue;
          if (child.tagName === 'tr') {
            rows.push(
              child.children.flatMap((cell) => {
                if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) return [];
                builder.moveTo(line);
                inline(cell.children.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? [...c.children, { type: 'text' as const, value: ' ' }] : [c])), []);
                return [builder.take().flatMap((l) => l.content)];
              }),
            );
          } else walkRows(child);
        }
      };
      walkRows(node);
      blocks.push({ type: 'table', line, rows });
    } else {
      blocks.push(...lines(node));
    }
  }
  return { blocks, notes, text: plainText(blocks), warnings: [] };
}
