import { describe, expect, it } from 'vitest';
import { chooseProjectName, projectNameInTitle } from './evaluation-title-name.ts';

describe('the project a 自评表 title names', () => {
  it('reads the words before 绩效目标自评表 when they name a project', () => {
    expect(projectNameInTitle('乡村道路养护示范项目绩效目标自评表（2023年度）')).toBe('乡村道路养护示范项目');
  });

  it('reads no project from the title of a kind of form or of a unit', () => {
    expect(projectNameInTitle('年度财政项目绩效自评表')).toBeNull();
    expect(projectNameInTitle('年度县级专项资金绩效目标自评表')).toBeNull();
    expect(projectNameInTitle('某某县水利局2023年度项目支出绩效自评表')).toBeNull();
    expect(projectNameInTitle('某某县水利局部门整体绩效自评表')).toBeNull();
  });

  it('reads no project from a title that names only the area issuing it (wide/491, 西藏)', () => {
    expect(projectNameInTitle('拉萨市城关区项目支出绩效自评表')).toBeNull();
    expect(projectNameInTitle('某某县项目支出绩效自评表')).toBeNull();
    expect(chooseProjectName('城关区高校毕业生就业见习补贴', '拉萨市城关区项目支出绩效自评表')).toBe(
      '城关区高校毕业生就业见习补贴',
    );
    // A project named after its place still names one.
    expect(projectNameInTitle('城关区老旧小区改造项目绩效自评表')).toBe('城关区老旧小区改造项目');
  });

  it('reads the project after the area a title opens with before its year (fresh/626, 彭水)', () => {
    // Made up after fresh/626: a county's 转移支付 自评表 titled by the county, the year and the transfer.
    expect(projectNameInTitle('某某自治县2024年度中央对地方转移支付疾病预防控制项目绩效自评表')).toBe(
      '中央对地方转移支付疾病预防控制项目',
    );
    expect(projectNameInTitle('某某市某某区2023年度农村公路养护项目绩效自评表')).toBe('农村公路养护项目');
    // An area and a year before a kind of form still name no project, and an office stays no part of the name.
    expect(projectNameInTitle('某某县2023年度项目支出绩效自评表')).toBeNull();
    expect(projectNameInTitle('某某县水利局2023年度农村公路养护项目绩效自评表')).toBe('农村公路养护项目');
  });

  it('takes the title when the name cell shares little with it (a garbled cell)', () => {
    expect(chooseProjectName('碟令路樽轴示施', '乡村道路养护示范项目绩效目标自评表（2023年度）')).toBe(
      '乡村道路养护示范项目',
    );
  });

  it("keeps a longer name cell that holds most of the title's words", () => {
    // Made for this test after wide/426 (阆中): the page's title words the transfer shorter than its name cell.
    const title = '中央车购税对地方补助资金绩效目标自评表 (普通省道和农村公路)';
    expect(chooseProjectName('车辆购置税收入补助地方资金(普通省道公路建设)', title)).toBe(
      '车辆购置税收入补助地方资金(普通省道公路建设)',
    );
    expect(chooseProjectName('碟令路樽轴示施', title)).toBe('中央车购税对地方补助资金');
  });

  it('keeps a name cell that agrees with the title, and one under a generic title', () => {
    expect(chooseProjectName('乡村道路养护示范', '乡村道路养护示范项目绩效目标自评表（2023年度）')).toBe(
      '乡村道路养护示范',
    );
    expect(chooseProjectName('碟令路樽轴示施', '年度财政项目绩效自评表')).toBe('碟令路樽轴示施');
    expect(chooseProjectName(null, '年度财政项目绩效自评表')).toBeNull();
  });
});

describe('a title copied with a label before it', () => {
  it('leaves the label (文本内容：, 附件2：) out of the project it names', () => {
    // Made for this test in the shape of corpus 016's copy: the site's 文本内容： before the title.
    expect(projectNameInTitle('文本内容:马铃薯种薯繁育示范推广项目绩效目标自评表(2022年度)')).toBe(
      '马铃薯种薯繁育示范推广项目',
    );
    expect(projectNameInTitle('附件2：乡村道路养护项目绩效自评表')).toBe('乡村道路养护项目');
    // A year's title after the label names no project (corpus 019: 附件:2022年财政衔接资金实施项目绩效自评表).
    expect(projectNameInTitle('附件:2022年财政衔接资金实施项目绩效自评表')).toBeNull();
  });
});

describe('a year written before the project in its title', () => {
  it("keeps a year (2020年) that is the project's own, but not the report's (2020年度)", () => {
    // Made for this test in the shape of corpus wide/122's name cell: 2020年省级…补助经费支出绩效自评表.
    expect(projectNameInTitle('2020年省级自然资源卫片执法补助经费支出绩效自评表')).toBe(
      '2020年省级自然资源卫片执法补助经费',
    );
    expect(projectNameInTitle('2020年度乡村道路养护项目绩效自评表')).toBe('乡村道路养护项目');
  });

  it("still finds no project in a year's generic title", () => {
    expect(projectNameInTitle('2022年项目支出绩效自评表')).toBeNull();
    expect(projectNameInTitle('某某县林业局2022年度项目支出绩效自评表')).toBeNull();
  });
});
