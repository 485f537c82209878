import { describe, expect, it } from 'vitest';
import {
  isFootnoteLine,
  isPageFooterLine,
  isPageFooterText,
  isSignatureLine,
  mobileNumberIn,
  readSignatureLine,
} from './signature-lexicon.ts';

describe('signature and footer lines', () => {
  it.each([
    [['财政资金管理科室(盖章)', '年 月 日']],
    [['财政资金管理科室（盖章）年月日']],
    [['填表人', '张三', '联系电话', '16601234567']],
    [['填表人: 宋云花 联系电话:16607326331 填报日期: 单位负责人签字:']],
    // Spaces between Han characters are dropped by the readers: the line arrives run together.
    [['填表人宋云花联系电话16607326331']],
    [['单位公章：', '年', '月', '日']],
    [['审核人：李四', '制表人：王五', '2023年10月13日']],
    [['单位负责人（签字）：', '财务负责人：', '经办人：']],
    [['填报人', '谭申莉', '联系电话', '83255575']],
    [['联系人：刘三明 闵耀武', '电话：027-83060046']],
    [['（盖章）']],
    [['____年__月__日']],
    // A space before the stamp's bracket, as typed in a web page: 财政部门初审意见 (盖章).
    [['财政部门支出股室初审意见 (盖章)']],
    [['审核：李四', '制表：王五']],
    // Separators before the first label are passed over, as between the entries.
    [['、', '填表人：张三']],
  ])('%j is a signature line', (cells) => {
    expect(isSignatureLine(cells)).toBe(true);
  });

  it.each([
    [['效益指标', '社会效益指标', '热线电话接通率', '≥95%']],
    [['审核人员培训次数', '≥10次']],
    [['审核意见：同意']],
    [['电子印章覆盖率', '≥90%']],
    [['时效指标', '完成日期', '2023年12月31日']],
    [['2023年12月31日前完成']],
    [['群众满意度', '≥95%', '计划标准']],
    [['负责人员培训', '100人']],
    // 审核 is a plain verb too: a label only with its colon (审核：李四).
    [['审核', '通过']],
    [['16601234567']],
    [['张三 16601234567']],
    [['中江县水利局', '2022年12月30日']],
    [['']],
    [['、', '电子印章覆盖率']],
  ])('%j is not a signature line', (cells) => {
    expect(isSignatureLine(cells)).toBe(false);
  });

  it('says who signed, the phone and the stamp', () => {
    expect(readSignatureLine('填表人: 宋云花 联系电话:16607326331 填报日期: 单位负责人签字:')).toEqual([
      { role: 'filler', label: '填表人', value: '宋云花' },
      { role: 'phone', label: '联系电话', value: '16607326331' },
      { role: 'date', label: '填报日期', value: null },
      { role: 'head', label: '单位负责人', value: null },
    ]);
    expect(readSignatureLine('财政资金管理科室(盖章) 年 月 日')).toEqual([
      { role: 'stamp', label: '财政资金管理科室(盖章)', value: null },
      { role: 'date', label: '', value: null },
    ]);
  });

  it("reads a printed sheet's printing stamp, the time after its date", () => {
    expect(readSignatureLine('打印时间：2024-03-01 10:30')).toEqual([
      { role: 'date', label: '打印时间', value: '2024-03-01 10:30' },
    ]);
    expect(readSignatureLine('打印时间偏差率')).toBeNull();
  });

  it('knows a note under a table', () => {
    expect(isFootnoteLine(['注：1.一级指标分值统一设置'])).toBe(true);
    expect(isFootnoteLine(['备注', '本表金额单位为万元'])).toBe(true);
    expect(isFootnoteLine(['说明会召开次数', '≥2次'])).toBe(false);
    expect(isFootnoteLine(['注册企业数', '≥10户'])).toBe(false);
  });

  it("knows a website's footer printed under a saved table, not an indicator named like it", () => {
    expect(isPageFooterLine(['主办单位:本网站', '技术支持:信息中心'])).toBe(true);
    expect(isPageFooterLine(['', '版权所有©某某县人民政府'])).toBe(true);
    expect(isPageFooterLine(['主办单位满意度', '≥90%'])).toBe(false);
    expect(isPageFooterLine(['技术支持服务次数', '12次'])).toBe(false);
  });

  it("knows a footer by its words anywhere in the line and by the site's owners (某政府主办 某办公室承办)", () => {
    expect(isPageFooterLine(['鲁ICP备06032897号  鲁公网安备37142402000014'])).toBe(true);
    expect(isPageFooterLine(['内容保障 | 公务邮箱'])).toBe(true);
    expect(isPageFooterLine(['某某县人民政府主办  某某县人民政府办公室承办'])).toBe(true);
    expect(isPageFooterLine(['文化活动主办场次', '≥12场'])).toBe(false);
    expect(isPageFooterLine(['承办赛事主办方满意度', '≥90%'])).toBe(false);
  });

  it('answers for a row given as its first cell and its line as isPageFooterLine does for its cells', () => {
    const rows = [
      ['主办单位:本网站', '技术支持:信息中心'],
      ['鲁ICP备06032897号'],
      ['某某县人民政府主办', '某某县人民政府办公室承办'],
      ['主办单位满意度', '≥90%'],
      ['文化活动主办场次', '≥12场'],
    ];
    for (const cells of rows)
      expect(isPageFooterText(cells[0]!, cells.join(' '))).toBe(isPageFooterLine(cells));
  });

  it('finds a mobile number in any text', () => {
    expect(mobileNumberIn('联系人张三16601234567')).toBe('16601234567');
    expect(mobileNumberIn('≥13000人次')).toBeNull();
    expect(mobileNumberIn('027-83060046')).toBeNull();
  });
});
