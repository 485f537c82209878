import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const forms = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  return out.forms;
};

// Made for these tests in the shape of a page that prints one unit's project forms one after another, each
// under the same title, one cell per line closed by ' |' (wide/418's layout); the copy stops inside the
// second form's title.
const TITLE = '某某区本级部门2019年项目支出预算绩效目标表';
const form = (cut: string | null) =>
  [
    `${TITLE} |`,
    '项目名称 |',
    '体育设施免费开放 |',
    '主管部门 |',
    '[812]某某区教育局 |',
    '年度资金总额 |',
    '5 |',
    '绩效指标 |',
    '一级指标 |',
    '二级指标 |',
    '三级指标 |',
    '指标值 |',
    '产出指标 |',
    '数量指标 |',
    '补贴场馆数量 |',
    '2个 |',
    '效益指标 |',
    '社会效益指标 |',
    '发展全民健身运动 |',
    '有效提高健康水平 |',
    ...(cut === null ? [] : [`${cut} |`]),
  ].join('\n');

describe('a copy that stops inside the title of the next form', () => {
  it('does not read the cut title as an indicator of the form before it', async () => {
    const [f, ...rest] = await forms(form(TITLE.slice(0, 17)));
    expect(rest).toEqual([]);
    expect(f?.kind).toBe('project');
    if (f?.kind !== 'project') return;
    expect(f.indicators.map((i) => i.name)).toEqual(['补贴场馆数量', '发展全民健身运动']);
    expect(f.indicators.map((i) => i.target.raw)).toEqual(['2个', '有效提高健康水平']);
  });

  it('reads the same form alike when nothing follows it', async () => {
    const [f] = await forms(form(null));
    expect(f?.kind === 'project' ? f.indicators.length : -1).toBe(2);
  });

  it('keeps a line before the end that opens like the title (the unit’s name above its signature)', async () => {
    const text = form(null).replace('效益指标 |', `${TITLE.slice(0, 9)} |\n效益指标 |`);
    const [f] = await forms(text);
    if (f?.kind !== 'project') throw new Error('no project form');
    expect(f.indicators.map((i) => i.name)).toContain('发展全民健身运动');
  });

  it('keeps a last row that only shares the title’s first words (a short name, a value)', async () => {
    const [f] = await forms(form('某某区本级').replace('有效提高健康水平 |\n', ''));
    if (f?.kind !== 'project') throw new Error('no project form');
    expect(f.indicators.at(-1)?.target.raw).toBe('某某区本级');
  });
});
