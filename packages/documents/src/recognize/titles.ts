// Recognises the titles that open a form or a disclosure, whatever the city or year writes around them.
import { labelKey } from '../rows/clean-cell.ts';

export type TitleKind = 'project' | 'department' | 'disclosure';

const titleCache = new Map<string, TitleKind | null>();

/** What a title opens (cached: the same cell texts are asked about on every row of every form). */
export function titleKind(text: string): TitleKind | null {
  let kind = titleCache.get(text);
  if (kind === undefined) {
    if (titleCache.size > 20_000) titleCache.clear();
    kind = computeTitleKind(text);
    titleCache.set(text, kind);
  }
  return kind;
}

function computeTitleKind(text: string): TitleKind | null {
  // A numbered line is an entry of a table of contents, not a title: "10.区行政审批局项目绩效目标申报表".
  if (/^\s*([-•·]|\d{1,2}\s*[.、．])/.test(text)) return null;
  const t = labelKey(text).replace(/^附件\d*[:：]?/, '');
  if (t.length > 60) return null;
  if (/部门(（单位）)?整体(支出)?绩效(目标)?(申报|批复)?表/.test(t)) return 'department';
  if (/项目(支出)?绩效(目标)?(申报|批复|审核)?表$|^项目申报表$|项目(支出)?绩效目标表$/.test(t)) return 'project';
  if (/部门预算公开(目录|说明)?$|部门预算信息公开/.test(t)) return 'disclosure';
  return null;
}

/** 申报表, 批复表, … as titled. */
export function formTypeOf(title: string | null, kind: 'project' | 'department'): string {
  const t = title ? labelKey(title) : '';
  if (t.includes('批复')) return '批复表';
  if (t.includes('审核')) return '审核表';
  if (kind === 'department' && /目标表$/.test(t) && !t.includes('申报')) return '目标表';
  return '申报表';
}

/** A year written in a title or a name: "2022年度…", "(2020 年度)", "2020 年部门预算公开". */
export function yearIn(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /(20\d{2}|19\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}
