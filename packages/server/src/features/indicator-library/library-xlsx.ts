// The 指标库 as an .xlsx sheet: written for a province to edit and read back, columns found by their
// header (any order, usual synonyms), each row validated with the entry schema and every problem
// reported by its row number in Chinese.
import ExcelJS from 'exceljs';
import {
  libraryDirectionLabels as directionLabels,
  libraryEntryInput as entryInputSchema,
  type LibraryEntryInput as EntryInput,
  type LibraryImportRowError as ImportRowError,
} from '@jixiao/core/contracts';

type Key = keyof EntryInput;

const COLUMNS: { key: Key; header: string; width: number; aliases: readonly string[] }[] = [
  { key: 'sector', header: '行业/领域', width: 12, aliases: ['行业', '领域', '行业领域', '所属行业'] },
  { key: 'field', header: '项目类别', width: 14, aliases: ['类别', '项目类型', '分类'] },
  { key: 'level1', header: '一级指标', width: 12, aliases: [] },
  { key: 'level2', header: '二级指标', width: 16, aliases: [] },
  { key: 'name', header: '三级指标', width: 28, aliases: ['指标名称', '三级指标名称', '指标'] },
  { key: 'definition', header: '指标解释', width: 40, aliases: ['指标定义', '定义', '指标说明', '指标内涵'] },
  { key: 'formula', header: '计算公式', width: 30, aliases: ['公式', '计算方法'] },
  { key: 'unit', header: '计量单位', width: 10, aliases: ['单位', '度量单位'] },
  { key: 'direction', header: '指标方向', width: 16, aliases: ['指标性质', '方向', '指标值类型'] },
  { key: 'usualValue', header: '常用取值', width: 14, aliases: ['取值', '参考值', '指标值', '常用值'] },
  { key: 'scoring', header: '评分标准', width: 40, aliases: ['评（扣）分标准', '评(扣)分标准', '评分规则'] },
  { key: 'dataSource', header: '数据来源', width: 24, aliases: ['数据来源及方式', '佐证材料'] },
  { key: 'sourceTitle', header: '出处', width: 40, aliases: ['来源文件', '依据文件', '出处文件'] },
  { key: 'sourceUrl', header: '出处网址', width: 40, aliases: ['网址', '链接'] },
];

/** The most rows one import takes: a province's library holds hundreds to a few thousand indicators. */
export const MAX_IMPORT_ROWS = 10_000;

function headerKey(s: string): string {
  return s.replace(/[\s*＊:：]/g, '');
}

export async function writeLibraryXlsx(entries: readonly EntryInput[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指标库', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const e of entries) ws.addRow(Object.fromEntries(COLUMNS.map((c) => [c.key, e[c.key] ?? ''])));
  const help = wb.addWorksheet('填写说明');
  help.columns = [{ width: 16 }, { width: 70 }];
  help.addRows([
    ['列', '说明'],
    ['行业/领域', '必填。共性指标填“共性”，分行业指标填行业名称（教育、卫生健康 …）'],
    ['一级/二级/三级指标', '必填。同一行业下一级、二级指标和名称相同的行视为同一指标：再次导入时更新'],
    [
      '指标方向',
      `必填：${Object.entries(directionLabels)
        .map(([k, v]) => `${k}（${v}）`)
        .join('；')}`,
    ],
    ['出处网址', '可空；填写时以 http:// 或 https:// 开头'],
  ]);
  help.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 正向/反向 and the ASCII comparators as people type them, read as the 101号 指标性质. */
export function readDirection(text: string): string {
  const t = text.replace(/\s/g, '');
  if (/^(≥|>=|＞＝|正向|越大越好|不低于)/.test(t)) return '≥';
  if (/^(≤|<=|＜＝|反向|越小越好|不高于|不超过)/.test(t)) return '≤';
  if (/^(=|＝|等于)/.test(t)) return '=';
  if (/^定性/.test(t)) return '定性';
  return t;
}

export type ReadResult = { ok: true; entries: EntryInput[] } | { ok: false; errors: ImportRowError[] };

export async function readLibraryXlsx(data: Uint8Array): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false, errors: [{ row: 1, message: '文件中没有工作表' }] };
  // The header: the first of the top rows that names a 三级指标 column.
  let headerRow = 0;
  const colOf = new Map<Key, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, 10) && headerRow === 0; r++) {
    const row = ws.getRow(r);
    const found = new Map<Key, number>();
    row.eachCell((cell, c) => {
      const h = headerKey(cell.text);
      const col = COLUMNS.find(
        (x) => x.header.replace('/', '') === h.replace('/', '') || x.aliases.includes(h),
      );
      if (col && !found.has(col.key)) found.set(col.key, c);
    });
    if (found.has('name')) {
      headerRow = r;
      for (const [k, c] of found) colOf.set(k, c);
    }
  }
  if (headerRow === 0) {
    return {
      ok: false,
      errors: [{ row: 1, message: '未找到表头：第一行应包含“三级指标”等列名（可先导出指标库作为模板）' }],
    };
  }
  const missing = COLUMNS.filter(
    (c) => ['sector', 'level1', 'level2', 'direction'].includes(c.key) && !colOf.has(c.key),
  );
  if (missing.length) {
    return {
      ok: false,
      errors: [{ row: headerRow, message: `表头缺少列：${missing.map((c) => c.header).join('、')}` }],
    };
  }
  const errors: ImportRowError[] = [];
  const entries: EntryInput[] = [];
  const seen = new Map<string, number>();
  if (ws.rowCount - headerRow > MAX_IMPORT_ROWS) {
    return { ok: false, errors: [{ row: headerRow, message: `一次最多导入 ${MAX_IMPORT_ROWS} 行` }] };
  }
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const raw: Record<string, string | null> = {};
    for (const c of COLUMNS) {
      const at = colOf.get(c.key);
      raw[c.key] = at ? row.getCell(at).text.trim() : null;
    }
    if (Object.values(raw).every((v) => !v)) continue; // a blank line between groups
    if (raw.direction) raw.direction = readDirection(raw.direction);
    const parsed = entryInputSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push({ row: r, message: [...new Set(parsed.error.issues.map((i) => i.message))].join('；') });
      continue;
    }
    const key = [parsed.data.sector, parsed.data.level1, parsed.data.level2, parsed.data.name].join('\u0000');
    const first = seen.get(key);
    if (first) {
      errors.push({ row: r, message: `与第 ${first} 行重复（行业、一级、二级指标和名称均相同）` });
      continue;
    }
    seen.set(key, r);
    entries.push(parsed.data);
  }
  if (errors.length) return { ok: false, errors };
  if (entries.length === 0) return { ok: false, errors: [{ row: headerRow + 1, message: '表中没有指标行' }] };
  return { ok: true, entries };
}
