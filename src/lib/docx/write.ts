/**
 * A HandoutDoc written as .docx with the `docx` package, in the conventions
 * offices use for study material after GB/T 9704—2012: A4, margins top 37,
 * bottom 35, left (binding) 28, right 26 mm (a 156 × 225 mm text block), 22
 * lines to the page; title 二号 (22 pt) 方正小标宋简体, the outline's first
 * level 黑体 and second 楷体_GB2312, body 三号 (16 pt) 仿宋_GB2312; page
 * numbers 四号 宋体 with a dash either side, odd pages right, even pages left.
 * The fonts are named in the file; a machine that has them uses them.
 * Headings use Word's own heading styles (navigation pane, TOC); term notes
 * are Word footnotes. The same document gives the same bytes.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Footer,
  LineRuleType,
  PageNumber,
  Packer,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { Block, HandoutDoc, Run } from './model.ts';

export const FONTS = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

const PT = 2; // docx sizes are in half-points
const BODY = 16 * PT;
/** 22 lines in a 225 mm text block, in twentieths of a point. */
const LINE = Math.round((225 / 22 / 25.4) * 72 * 20);
const INDENT = Math.round((2 * 156) / 28 / 25.4 * 1440); // two characters of a 28-character line

/** Millimetres in twentieths of a point, rounded (docx's own helper truncates: A4 would be 11905 wide). */
const mm = (value: number): number => Math.round((value / 25.4) * 1440);

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });

function runsOf(runs: readonly Run[], footnotes: Map<string, number>): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const run of runs) {
    if (run.text) {
      // Line breaks inside a block (a <br>) stay line breaks.
      run.text.split('\n').forEach((line, i) => children.push(new TextRun({ text: line, ...(i > 0 && { break: 1 }) } satisfies IRunOptions)));
    }
    if (run.note !== undefined) {
      const id = footnotes.get(run.note);
      if (id !== undefined) children.push(new FootnoteReferenceRun(id));
    }
  }
  return children;
}

function paragraphOf(block: Block, footnotes: Map<string, number>): Paragraph[] {
  switch (block.type) {
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'title':
      return block.lines.map(
        (line, i) =>
          new Paragraph({
            style: 'Title',
            alignment: AlignmentType.CENTER,
            pageBreakBefore: i === 0 && block.pageBreakBefore === true,
            children: [new TextRun(line)],
          }),
      );
    case 'centered':
      return [new Paragraph({ style: 'HeadLine', alignment: AlignmentType.CENTER, children: runsOf(block.runs, footnotes) })];
    case 'heading':
      return [new Paragraph({ style: `Heading${block.level}`, pageBreakBefore: block.pageBreakBefore === true, children: runsOf(block.runs, footnotes) })];
    case 'paragraph':
      return [new Paragraph({ ...(block.flush && { indent: { firstLine: 0 } }), children: runsOf(block.runs, footnotes) })];
  }
}

function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: INDENT / 2 } : { left: INDENT / 2 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.pageNumber), size: 14 * PT })],
      }),
    ],
  });
}

export function handoutDocument(handout: HandoutDoc): Document {
  const footnoteIds = new Map<string, number>();
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  // Footnotes are numbered in the order their marks appear.
  for (const block of handout.blocks) {
    if (block.type === 'pageBreak' || block.type === 'title') continue;
    for (const run of block.runs) {
      if (run.note === undefined || footnoteIds.has(run.note) || handout.notes[run.note] === undefined) continue;
      const id = footnoteIds.size + 1;
      footnoteIds.set(run.note, id);
      footnotes[id] = { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(handout.notes[run.note]!)] })] };
    }
  }
  // Outline levels 0–2 are what Word's navigation pane and its table of contents read.
  const heading = (eastAsia: string, outlineLevel: number) => ({
    run: { font: font(eastAsia), size: BODY, bold: false, color: '000000' },
    paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: { firstLine: INDENT }, keepNext: true, outlineLevel },
  });
  return new Document({
    title: handout.title,
    creator: '党建学习知识库',
    lastModifiedBy: '党建学习知识库',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: BODY },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT } },
        },
        title: {
          run: { font: font(FONTS.title), size: 22 * PT, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 2 * LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: { firstLine: 0 } },
        },
        heading1: heading(FONTS.heading1, 0),
        heading2: heading(FONTS.heading2, 1),
        heading3: heading(FONTS.body, 2),
        footnoteText: { run: { font: font(FONTS.body), size: 12 * PT }, paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 } } },
      },
      paragraphStyles: [
        {
          id: 'HeadLine',
          name: 'Head Line',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: font(FONTS.heading2), size: BODY },
          paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } },
        },
      ],
    },
    footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              footer: mm(35 - 7 - 5),
              header: mm(15),
              gutter: 0,
            },
          },
        },
        footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) },
        children: handout.blocks.flatMap((block) => paragraphOf(block, footnoteIds)),
      },
    ],
  });
}

/** A fixed time for the file's properties and its zip entries, so that the same handout gives the same bytes. */
const FIXED_TIME = '2000-01-01T00:00:00Z';

/**
 * The .docx bytes of a handout. docx stamps the time of writing into
 * docProps/core.xml and every zip entry; both are set to a fixed time here.
 */
export async function writeDocx(handout: HandoutDoc): Promise<Uint8Array> {
  const packed = await Packer.pack(handoutDocument(handout), 'uint8array');
  const files = unzipSync(packed);
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = new TextDecoder().decode(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/gu, `$1${FIXED_TIME}$2`);
    files['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  const mtime = new Date(FIXED_TIME);
  return zipSync(Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0)).map(([name, data]) => [name, [data, { mtime }]])));
}
