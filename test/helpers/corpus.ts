/**
 * The 30 public texts of test/corpus/ (copied verbatim from shared/corpus, see
 * its SOURCES.md), with what a reader expects of each, and how a test drops
 * them into a project's content/speeches/ as an editor would.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ROOT } from '../../scripts/lib/project.ts';

export const CORPUS = path.join(ROOT, 'test/corpus');

/**
 * What a reader expects of each corpus text. `sidecar`: the title an editor
 * gives in NAME.yaml where the text has no title line (as the README's sidecar table says);
 * `leftovers`: the source lines left out as web-page furniture.
 */
export const CORPUS_PAGES: Record<string, { title: string; h1?: string; date?: string; year?: number; speaker?: string; sidecar?: true; leftovers?: string }> = {
  'ccdi-“两面人”违纪行为辨析.md': { title: '“两面人”违纪行为辨析' },
  'ccdi-“严”出约束力　“严”出高标准.md': { title: '“严”出约束力　“严”出高标准' },
  'ccdi-三必谈做实思想政治工作.md': { title: '三必谈做实思想政治工作' },
  'ccdi-不得干扰巡视巡察工作.md': { title: '漫说党纪 | 不得干扰巡视巡察工作', date: '2021-09-06' },
  'ccdi-不重视家风建设违纪行为辨析.md': { title: '不重视家风建设违纪行为辨析' },
  'ccdi-专项巡视：带题不定题　巡视中找题.md': { title: '专项巡视：带题不定题　巡视中找题' },
  'gov-work-report-2012.txt': { title: '2012年中华人民共和国国务院政府工作报告', year: 2012, sidecar: true },
  'gov-work-report-2013.txt': { title: '2013年中华人民共和国国务院政府工作报告', year: 2013, sidecar: true },
  'gov-work-report-2014.txt': { title: '2014年中华人民共和国国务院政府工作报告', year: 2014, sidecar: true },
  'gov-work-report-2015.txt': { title: '2015年中华人民共和国国务院政府工作报告', year: 2015, sidecar: true },
  'gov-work-report-2017.txt': { title: '政府工作报告', date: '2017-03-05', speaker: '国务院总理 李克强' },
  'gov-work-report-2018.txt': { title: '2018年中华人民共和国国务院政府工作报告', year: 2018, sidecar: true },
  'gov-work-report-2021.txt': { title: '政府工作报告', date: '2021-03-05', speaker: '国务院总理 李克强' },
  'gov-work-report-2022.txt': { title: '政府工作报告', date: '2022-03-05', speaker: '国务院总理 李克强' },
  'gov-work-report-2023.txt': { title: '政府工作报告', date: '2023-03-05', speaker: '国务院总理 李克强' },
  'gov-work-report-2024.txt': { title: '政府工作报告', date: '2024-03-05', speaker: '国务院总理 李 强' },
  'gov-work-report-2025.txt': { title: '2025年中华人民共和国国务院政府工作报告', year: 2025, sidecar: true },
  'gov-work-report-2026-guangdong.txt': { title: '政府工作报告', date: '2026-01-26', speaker: '广东省省长 孟凡利' },
  'gov-work-report-2026-shanghai.txt': { title: '2026年上海市政府工作报告', date: '2026-02-03', speaker: '上海市市长 龚 正', leftovers: '1–9, 123' },
  'gov-work-report-2026-sichuan.txt': { title: '2026年四川省人民政府工作报告', date: '2026-02-03', speaker: '四川省人民政府省长 施小琳', leftovers: '5–10, 130–142' },
  'gov-work-report-2026-zhejiang.txt': { title: '2026年浙江省政府工作报告', date: '2026-01-14', speaker: '浙江省省长 刘捷', leftovers: '1–9, 118' },
  'party-congress-report-16.txt': { title: '全面建设小康社会，开创中国特色社会主义事业新局面', year: 2002, sidecar: true },
  'party-congress-report-17.txt': { title: '高举中国特色社会主义伟大旗帜，为夺取全面建设小康社会新胜利而奋斗', year: 2007, sidecar: true },
  'party-congress-report-18.txt': { title: '坚定不移沿着中国特色社会主义道路前进 为全面建成小康社会而奋斗', year: 2012, sidecar: true },
  'xi-2018-jingzhun-tuopin.txt': { title: '在打好精准脱贫攻坚战座谈会上的讲话', date: '2018-02-12', speaker: '习近平' },
  'xi-2020-kangyi-biaozhang.txt': { title: '在全国抗击新冠肺炎疫情表彰大会上的讲话', date: '2020-09-08', speaker: '习近平' },
  'xi-2020-laomo-biaozhang.txt': { title: '在全国劳动模范和先进工作者表彰大会上的讲话', date: '2020-11-24', speaker: '习近平' },
  'xi-2020-pudong-30.txt': { title: '在浦东开发开放30周年庆祝大会上的讲话', date: '2020-11-12', speaker: '习近平' },
  'xi-2020-shisiwu-jianyi-shuoming.txt': {
    title: '关于《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》的说明',
    year: 2020,
    sidecar: true,
  },
  // The title line keeps its note mark (the ※这是……的讲话 note at the end), the page's title does not.
  'xi-2020-zhengzhi-jingjixue.txt': { title: '不断开拓当代中国马克思主义政治经济学新境界', h1: '不断开拓当代中国马克思主义政治经济学新境界※', date: '2015-11-23', speaker: '习近平' },
};

/**
 * Copies every corpus text into `speeches` (a project's content/speeches/), with NAME.yaml giving the
 * title where the text has no title line, and its year where the text gives no date: that of the
 * record's title in SOURCES.md (2013年…政府工作报告), or of the congress (十六大 2002, 十七大 2007,
 * 十八大 2012) or plenum (十九届五中全会 2020) it was given at.
 */
export function copyCorpus(speeches: string): void {
  for (const [name, { title, year, sidecar }] of Object.entries(CORPUS_PAGES)) {
    copyFileSync(path.join(CORPUS, name), path.join(speeches, name));
    if (sidecar) writeFileSync(path.join(speeches, `${name.replace(/\.[^.]+$/u, '')}.yaml`), stringify(year ? { title, year } : { title }));
  }
}
