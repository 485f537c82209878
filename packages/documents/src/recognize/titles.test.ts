import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { reportSectionKind, titleKind } from './titles.ts';

describe('a title written as a file name', () => {
  it('opens a target form when a download page titles it with its file name', () => {
    expect(titleKind('鄂州市2022年市直部门预算项目支出绩效目标表.docx')).toBe('project');
    expect(titleKind('某某局部门整体支出绩效目标申报表.xls')).toBe('department');
  });

  it('opens nothing for a file name that is no target form (a 自评表 is read from its whole text)', () => {
    expect(titleKind('部门整体支出绩效自评表(4).docx')).toBeNull();
    expect(titleKind('会议纪要.docx')).toBeNull();
  });
});

describe('a 自评表 titled without 绩效', () => {
  it('is a self-evaluation when its title names the project or fund it scores', () => {
    // Made for this test after a 湖北 library's page (wide/257): 年度共享工程项目自评表 over a 预算数(A) block.
    expect(titleKind('2022年度某某工程项目自评表')).toBe('self-evaluation');
    expect(titleKind('2020年市级某某发展资金项目自评表')).toBe('self-evaluation');
    expect(titleKind('自评表')).toBeNull();
  });
});

describe('an evaluation sheet titled by the fee it scores', () => {
  it('is a self-evaluation when the fund is a 费 (专项业务费), not only a 经费 or 资金', () => {
    // Made for this test after fresh/617 (吉林's 检验检疫专项业务费绩效评价表).
    expect(titleKind('某某专项业务费绩效评价表')).toBe('self-evaluation');
    expect(titleKind('某某工作经费绩效评价表')).toBe('self-evaluation');
    expect(titleKind('绩效评价表')).toBeNull();
  });
});

describe('a 部门决算公开', () => {
  it('is a disclosure like the 部门预算公开 it follows, its department and year read from its title', async () => {
    // Made for this test after a 上海 街道 page: the package title, then its table of contents.
    expect(titleKind('某某街道办事处2017年度部门决算公开')).toBe('disclosure');
    const text = [
      '某市某区某某街道办事处2017年度部门决算公开',
      '目录',
      '一、收入支出决算总表',
      '二、收入决算表',
      '三、支出决算表',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
    const d = out.ok ? out.forms.find((f) => f.kind === 'disclosure') : undefined;
    expect(d && d.kind === 'disclosure' ? [d.department, d.year] : null).toEqual([
      '某市某区某某街道办事处',
      2017,
    ]);
  });
});

describe('a report’s own section heading under no title', () => {
  it('names the report that writes it: how the evaluation or the monitoring was done', () => {
    expect(reportSectionKind('(三)项目自评步骤及方法')).toBe('evaluation-report');
    expect(reportSectionKind('三、综合评价情况及评价结论')).toBe('evaluation-report');
    expect(reportSectionKind('二、绩效运行监控工作开展情况')).toBe('monitoring-report');
  });

  it('names nothing for a form’s own sections or an unnumbered line', () => {
    expect(reportSectionKind('一、项目基本情况')).toBeNull();
    expect(reportSectionKind('(二)项目绩效目标')).toBeNull();
    expect(reportSectionKind('项目自评步骤及方法')).toBeNull();
  });

  it('makes a page of such a report a report, its quoted tables no form of their own', async () => {
    // Made for this test after a 四川 county's 自评报告 page: the indicator table it quotes, its prose, and the
    // head of its 资金到位 table (项目名称 over the funds' columns).
    const table = [
      '一级指标 | 二级指标 | 三级指标 | 指标值 | 实施进度',
      '产出指标 | 数量指标 | 宣传次数 | 至少全年完成2次宣传 | 已完成100%',
      '产出指标 | 成本指标 | 成本 | 10万元 | 已完成100%',
    ];
    const report = [
      '(三)项目自评步骤及方法',
      '围绕绩效目标,从项目的开展、成效等方面科学设定评价指标体系,采用公众评判、结果比较等方式进行评价。',
      '二、项目资金申报及使用情况',
      '项目名称 | 中央、省、市(州)、县级财政资金 | 资金计划 | 资金到位情况',
    ];
    const asReport = await importBuffer(
      new TextEncoder().encode([...table, ...report].join('\n')),
      'page.txt',
    );
    expect(asReport.ok ? 'read' : asReport.error.code).toBe('unsupported-form');
    // Without the report's heading the same rows are read as a form, as before.
    const withoutHeading = [...table, ...report.slice(1)].join('\n');
    const asForm = await importBuffer(new TextEncoder().encode(withoutHeading), 'page.txt');
    expect(asForm.ok).toBe(true);
  });
});

describe('a title a system export named 单位_项目名称…表', () => {
  // Made for this test in the shape of a download page's 合集 of 批复表 exports (wide/385's layout): each table
  // titled by its file name, the unit before an underscore, then a short indicator table.
  const page = (title: string) =>
    [title, '一级指标 | 二级指标 | 三级指标 | 指标值 |', '产出指标 | 数量指标 | 购置车辆数量 | 3辆 |'].join(
      '\n',
    );
  const read = async (title: string) => {
    const out = await importBuffer(new TextEncoder().encode(page(title)), 'page.txt');
    const f = out.ok ? out.forms[0] : undefined;
    return f?.kind === 'project' ? [f.name, f.unit ?? f.supervisor] : null;
  };

  it('names the project after the underscore and the unit before it', async () => {
    expect(await read('某市某某局_公务用车购置项目支出绩效目标批复表')).toEqual([
      '公务用车购置项目',
      '某市某某局',
    ]);
  });

  it('keeps a title whose part before the underscore names no office whole', async () => {
    expect(await read('2021_公务用车购置项目支出绩效目标批复表')).toEqual(['2021_公务用车购置项目', null]);
  });
});
