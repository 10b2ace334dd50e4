/** Dates as the site writes them: one format for speeches, entries and their official texts. */

/** 2012-12-04 → 2012年12月4日; 2019-09 → 2019年9月; 2019 → 2019年; '' → ''. */
export function chineseDate(date: string): string {
  if (date === '') return '';
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}
