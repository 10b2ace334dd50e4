/**
 * A new entry file for an editor to complete: the term, a category guessed
 * from its words, the uses found in the speeches as comments to write from,
 * and an empty basis and definition, which the schema refuses until they are
 * written. Built as a YAML document, never as a string.
 */
import { Document, YAMLSeq } from 'yaml';
import type { CandidateUse } from './coverage.ts';
import { bareForm } from './load.ts';
import { CATEGORIES, type Category } from './schema.ts';

/** Words that suggest a category, most specific first. */
const CATEGORY_HINTS: ReadonlyArray<[RegExp, Category]> = [
  [/条例|准则|规定|规则|细则|办法|章程|守则|决议|决定|意见|方案|纲要|通知/u, '党内法规与文件'],
  [/港|澳|台|两岸|统一|外交|国际|全球|一带一路|对外|开放/u, '港澳台与对外'],
  [/农|乡村|扶贫|脱贫|贫困|粮|就业|养老|医疗|住房|民生|社保/u, '三农与民生'],
  [/民主|法治|依法|治理|自治|人大|政协|协商|平安/u, '民主法治与治理'],
  [/改革|经济|市场|财政|货币|营商|税|企业|产业|创业|创新/u, '改革与经济'],
  [/生态|绿色|碳|污染|环境|蓝天|河长|安全/u, '生态与安全'],
  [/五年|规划|战略|布局|目标|现代化|强国|发展/u, '战略布局与目标'],
  [/纪律|作风|腐|廉|四风|问责/u, '作风与纪律'],
  [/学习|教育|活动/u, '学习教育与活动'],
  [/制度|机制|责任|会议|生活会/u, '制度与机制'],
];

export function guessCategory(term: string): Category {
  return CATEGORY_HINTS.find(([words]) => words.test(term))?.[1] ?? CATEGORIES[0];
}

export interface ScaffoldInput {
  term: string;
  /** Uses of the term in the speeches, with the file each is in. */
  uses: readonly CandidateUse[];
  /** How many speeches use it, and how often. */
  files: number;
  count: number;
}

/** The text of content/glossary/SLUG.md for a new term. */
export function scaffoldEntry({ term, uses, files, count }: ScaffoldInput): string {
  const bare = bareForm(term);
  const isDocument = /^《.+》$/u.test(term) || CATEGORY_HINTS[0]![0].test(bare);
  const doc = new Document({
    term: bare,
    aliases: [],
    category: guessCategory(bare),
    summary: '',
    ...(isDocument ? { document: { title: `《${bare}》`, issuer: '', date: '' } } : {}),
    basis: [],
    related: [],
  });
  doc.commentBefore = [
    ` 新条目：${bare}。写完以下各项后再构建（构建会拒绝空的 summary、basis 和释义）。`,
    ' 每句释义都要出自 basis 所列的官方文本；查不到出处的内容不写。',
    ` 讲话中的用例（${files} 篇，${count} 处）：`,
    ...uses.map((u) => `   ${u.file}：……${u.before}【${bare}】${u.after}……`),
  ].join('\n');
  const basis = doc.get('basis', true) as YAMLSeq;
  basis.commentBefore = ' 依据：每项写 title（《全称》）、issuer（发布机关）、date（YYYY、YYYY-MM 或 YYYY-MM-DD，只写核实到的精度），可加 quotes（原文摘句，逐字照录）';
  basis.flow = true;
  (doc.get('aliases', true) as YAMLSeq).flow = true;
  (doc.get('related', true) as YAMLSeq).flow = true;
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n`;
}
