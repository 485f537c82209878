// A page of a 决算 or of a budget's 政府采购 section, cut from the package's middle with no title, is still a
// disclosure: its totals (本年收入合计…万元, 支出决算为…) and its 政府采购预算 are a disclosure's own figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeRows } from '../rows/normalize-rows.ts';
import { readTextRows } from '../text/read-text.ts';
import { importBuffer } from '../import-document.ts';
import { disclosureTitleText, statesDisclosure } from './disclosure-detect.ts';

const states = (text: string) => statesDisclosure(normalizeRows(readTextRows(text)));

describe('text that states a disclosure’s figures', () => {
  it('takes a 决算’s totals and a 政府采购 budget', () => {
    expect(states('2020年本年收入合计3765.66万元,其中:一般公共预算财政拨款收入1008.64万元,占26.79%。')).toBe(
      true,
    );
    expect(states('2023 年政府采购预算 17000 元,同比增加 17000 元。')).toBe(true);
    expect(states('基本支出预算 2476260.58 元,占一般公共预算支出的84.06%。')).toBe(true);
  });

  it('takes a 三公 line’s amount on a page that names the 三公 (a 采购中心, wide/311, traditional script)', () => {
    const page = [
      '1、決算車輛運行維護費用2.94萬元,比去年3.01萬元少0.07萬元,基本持平;',
      '2、無因公出國費用;3、公務(wù)接待費用4萬元,接待74批(次)813人。',
      '(單位:萬元)',
      '三公經(jīng)費項目 |',
      '合計 |',
    ].join('\n');
    expect(states(page)).toBe(true);
    // the line's amount alone (a report's 公务接待费 of a project) or the word alone is no 三公 page
    expect(states(page.replace('三公經(jīng)費項目', '項目'))).toBe(false);
    expect(states('三公经费严格控制,接待批次减少。')).toBe(false);
  });

  it('takes a unit’s totals and funds in other wordings, figures with thousands’ separators alike (梧州 wide/262, 267, 269)', () => {
    expect(states('(一)本单位2021年度总收入581.45万元,其中本年收入390.55万元。')).toBe(true);
    expect(states('(二)本单位 2023 年度总支出 125.08 万元,其中本年支出 116.12 万元。')).toBe(true);
    expect(states('2023 年财政拨款收支总预算 7,057,486.18 元。')).toBe(true);
  });

  it('not a sentence without a disclosure’s figure', () => {
    expect(states('项目实施后受益人口3765人，群众满意度95%。')).toBe(false);
  });

  it.each([
    '236_disclosure.txt',
    '238_disclosure.txt',
    '262_disclosure.txt',
    '267_disclosure.txt',
    '269_disclosure.txt',
  ])('reads wide/%s as a disclosure', async (file) => {
    const bytes = readFileSync(new URL(`../../test/corpus/wide/${file}`, import.meta.url));
    const outcome = await importBuffer(bytes, file);
    expect(outcome.ok && outcome.forms.map((f) => f.formType)).toEqual(['部门预算公开']);
  });
});

describe('a file’s name as a disclosure’s title', () => {
  it('is read without its extension and the time stamp a site appended (…部门决算公开表20221013044707503.xls)', () => {
    expect(disclosureTitleText('某镇中心卫生院2021年部门决算公开表20221013044707503.xls')).not.toBeNull();
    expect(disclosureTitleText('某县财政局2023年部门预算公开表.xlsx')).not.toBeNull();
    expect(disclosureTitleText('某县财政局2023年部门决算公开表')).not.toBeNull();
  });

  it('names no disclosure for another form’s file, nor for digits that are no time stamp', () => {
    expect(disclosureTitleText('建档立卡个人缴费县级配套绩效自评表.xlsx')).toBeNull();
    expect(disclosureTitleText('某镇中心卫生院2021年部门决算公开表第2020221013044707503号说明')).toBeNull();
  });
});
