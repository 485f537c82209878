import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const forms = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  return out.forms;
};

// Made for these tests in the shape of a county's .doc 申报表 copied as pipe rows: the form's title printed again
// at the head of each page (wide/441's layout), the project named once on the first. (Pages of several projects
// under one title, each with its own 项目名称, are wide/418 and 420: the corpus keeps them apart.)
const TITLE = '某县财政支出项目绩效目标申报表';
const page = (project: string | null) => [
  `| ${TITLE} |`,
  ...(project === null ? [] : [`| 项目名称 | ${project} |`, '| 项目资金申请(万元) | 资金总额: | 50 |']),
];
const table = [
  '| 一级指标 | 二级指标 | 指标内容 | 指标值 | 备注 |',
  '| 产出指标 | 数量指标 | 新建示范园面积 | 500亩 | |',
  '| 效益指标 | 社会效益指标 | 带动农户数 | ≥100户 | |',
];

describe('a form whose title is printed again at the head of each page', () => {
  it('reads the pages as one form', async () => {
    const fs = await forms(
      [...page('示范园建设项目'), '| 项目概况 | 建设示范园 |', ...page(null), ...table].join('\n'),
    );
    expect(fs).toHaveLength(1);
    const [f] = fs;
    if (f?.kind !== 'project') throw new Error('no project form');
    expect(f.name).toBe('示范园建设项目');
    expect(f.indicators.map((i) => i.name)).toEqual(['新建示范园面积', '带动农户数']);
  });
});
