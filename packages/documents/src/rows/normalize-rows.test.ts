// Text normalisation of read rows, on lines copied from corpus documents.
import { describe, expect, it } from 'vitest';
import { isTraditional, normalizeRows, stripPinyin, undoubledLead } from './normalize-rows.ts';
import { paragraph, type Row } from './row.ts';
import { undoubled } from './clean-cell.ts';

const cells = (rows: Row[]) => rows.map((r) => r.cells);

describe('traditional script', () => {
  // source: corpus 031_monitor.txt (新田镇, 湖南), a mirror in traditional script with pinyin glosses
  const traditional = [
    paragraph('新田鎮(zhèn)吳沖路和楓樹路項(xiàng)目績效運(yùn)行監(jiān)控報(bào)告', 2),
    { cells: ['項(xiàng)目名稱', '吳沖路項(xiàng)目'], table: true, line: 3 },
  ];

  it('is read as simplified when the document is written in it', () => {
    expect(cells(normalizeRows(traditional))).toEqual([
      ['新田镇吴冲路和枫树路项目绩效运行监控报告'],
      ['项目名称', '吴冲路项目'],
    ]);
  });

  it('keeps each row’s line and source', () => {
    const rows = normalizeRows([{ ...traditional[1]!, source: '表1' }]);
    expect(rows[0]).toMatchObject({ line: 3, source: '表1', table: true });
  });

  it('leaves a simplified document alone, even one that quotes a traditional name', () => {
    // source: corpus 005_project.txt, with a traditional shop sign quoted in it
    const rows: Row[] = [
      { cells: ['项目名称', '原州区2022年南部水源涵养林建设项目'], table: true, line: 1 },
      paragraph('采购“東華書店”图书若干,乾坤湾景区维护', 2),
      paragraph(
        '在东马场林场、东岳山林场、古树林场、红庄林场、马渠林场、沈河林场、水沟林场 7 个林场和古雁办、官厅镇、黄铎堡镇、开城镇、彭堡镇、炭山乡、头营镇、寨科乡、张易镇、中河乡、三营镇 11 个乡镇(街道办事处)实施营造林8万亩。',
        3,
      ),
    ];
    expect(isTraditional(rows.flatMap((r) => r.cells))).toBe(false);
    expect(normalizeRows(rows)).toBe(rows);
  });

  it('needs more than a couple of traditional characters to call a document traditional', () => {
    expect(isTraditional(['項目'])).toBe(false);
    expect(isTraditional(['項目績效運行監控報告'])).toBe(true);
    // a traditional mirror has about a third of its Han characters in traditional-only forms
    expect(
      isTraditional([
        '項目績效',
        '为进一步规范财政资金管理,切实提高资金使用效益,新田镇人民政府对项目进行监控',
      ]),
    ).toBe(false);
  });
});

describe('pinyin glosses', () => {
  it('are removed after Han characters', () => {
    // source: corpus 021_selfeval.txt (黄冈市, 湖北)
    expect(stripPinyin('監(jiān)測數(shù)據(jù)必須合格')).toBe('監測數據必須合格');
    expect(stripPinyin('項（xiàng）目')).toBe('項目');
  });

  it('leave real parentheses: letters, units, explanations', () => {
    for (const text of [
      '年初目标值(A)',
      '资金情况(万元)',
      '执行率(B/A)',
      '培训(máy)课程'.replace('máy', 'A'),
    ])
      expect(stripPinyin(text)).toBe(text);
    // a tone mark after a latin word is not a gloss of a Han character
    expect(stripPinyin('Beijing (běi)')).toBe('Beijing (běi)');
  });
});

describe('a leading amount written twice', () => {
  it('is written once when its explanation or nothing follows', () => {
    // source: corpus 001_project.txt (岳阳县, 湖南)
    expect(undoubledLead('854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)')).toBe(
      '854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)',
    );
    expect(undoubledLead('20万元20万元')).toBe('20万元');
  });

  it('stays when the two amounts are two columns run together or differ', () => {
    // source: corpus 016_selfeval.txt: 指标值 100% and 实际值 100% run together, then the score 8
    expect(undoubledLead('100%100%8成本指标')).toBe('100%100%8成本指标');
    expect(undoubledLead('854万845万(…)')).toBe('854万845万(…)');
    expect(undoubledLead('1010')).toBe('1010');
    expect(undoubledLead('5万5万元')).toBe('5万5万元');
  });

  it('is undoubled in the rows of a document', () => {
    const rows = normalizeRows([paragraph('854万854万(高标准农田建设400万元)', 33)]);
    expect(rows[0]).toEqual({ cells: ['854万(高标准农田建设400万元)'], table: false, line: 33 });
  });
});

describe('a cell written twice', () => {
  it('is written once where it is text', () => {
    expect(undoubled('项目资金(万元)项目资金(万元)')).toBe('项目资金(万元)');
  });

  it('stays where it is figures alone: two cells alike run together', () => {
    // 23.3 | 23.3 under 预算数 | 执行数: a budget spent in full.
    expect(undoubled('23.323.3')).toBe('23.323.3');
    expect(undoubled('100%100%')).toBe('100%100%');
  });
});
