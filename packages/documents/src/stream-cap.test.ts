// A form printed one cell per line is rebuilt into rows only up to MAX_STREAM_ROWS lines (bounded work): past
// that, nothing is read, and the refusal says the length was the reason and what to do.
import { describe, expect, it } from 'vitest';
import { importBuffer } from './import-document.ts';
import { isStreamPastCap, MAX_STREAM_ROWS } from './recognize/cell-stream.ts';
import { paragraph, type Row } from './rows/row.ts';

/** A project form, one cell per line: its head, then its indicator table. */
const formLines = (k: number) => [
  '项目支出绩效目标表',
  '项目名称',
  `县道改造${k}`,
  '主管部门',
  '县交通运输局',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '产出指标',
  '数量指标',
  '改造里程',
  '≥10公里',
  '满意度指标',
  '服务对象满意度指标',
  '群众满意度',
  '≥90%',
];

/** Forms one cell per line, as many as make the text pass `lines` lines. */
function formsPast(lines: number): string[] {
  const out: string[] = [];
  for (let k = 1; out.length <= lines; k++) out.push(...formLines(k));
  return out;
}

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

describe('a cell-per-line document past the stream cap', () => {
  it('reads the form one cell per line under the cap', async () => {
    const outcome = await importBuffer(bytes(formLines(1)), 'form.txt');
    expect(outcome).toMatchObject({ ok: true, forms: [{ kind: 'project', name: '县道改造1' }] });
  });

  it('is refused naming its length, the cap, and what to do (split the file, or paste one form)', async () => {
    const lines = formsPast(MAX_STREAM_ROWS);
    const outcome = await importBuffer(bytes(lines), 'forms.txt');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'too-many-lines' } });
    const message = outcome.ok ? '' : outcome.error.message;
    expect(message).toContain(`文件有 ${lines.length} 行`);
    expect(message).toContain(`上限 ${MAX_STREAM_ROWS} 行`);
    expect(message).toMatch(/拆分.*只复制粘贴一张表/);
  });

  it('a long document of table rows is not a stream past the cap; the same length one cell a line is', () => {
    const table: Row[] = Array.from({ length: MAX_STREAM_ROWS + 1 }, (_, k) => ({
      cells: [`说明${k}`, `内容${k}`],
      table: true,
      line: k + 1,
    }));
    expect(isStreamPastCap(table)).toBe(false);
    expect(isStreamPastCap(formsPast(MAX_STREAM_ROWS).map((c, k) => paragraph(c, k + 1)))).toBe(true);
    expect(isStreamPastCap(formsPast(MAX_STREAM_ROWS - 20).map((c, k) => paragraph(c, k + 1)))).toBe(false);
  });
});
