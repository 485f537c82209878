import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { lexiconKey } from './lexicon.ts';
import { splitRunTogether } from './tokenize.ts';

// Made for these tests in the shape of corpus wide/448 (a 绩效目标评审申报表 of an .xls, the sheet on one line).
describe('a head whose offices each have their contact beside them', () => {
  it('parts the office from its 联系人 where the cells ran together', () => {
    const tokens = splitRunTogether('主管部门某市城市管理局联系人周某联系电话8621307');
    // Before: 某市城市管理局联系人周某 was one text, read as the supervisor's name.
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['label', '主管部门'],
      ['text', '某市城市管理局'],
      ['label', '联系人'],
      ['text', '周某'],
      ['label', '联系电话'],
      ['value', '8621307'],
    ]);
  });

  it('reads the unit and the supervisor of such a head', async () => {
    const out = await importBuffer(
      new TextEncoder().encode(
        [
          '项目支出绩效目标申报表',
          '项目名称 某某运营维护 主管部门 某市城市管理局 联系人 周某 联系电话 8621307 项目单位 某某服务中心 联系人 李某 联系电话 8627719',
        ].join('\n'),
      ),
      'head.txt',
    );
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect([f.unit, f.supervisor]).toEqual(['某某服务中心', '某市城市管理局']);
  });

  it('keys a label with its seal note (印章) as the label', () => {
    // 项目单位(印章): on a cover: before, a label of its own the lexicon did not know.
    expect(lexiconKey('项目单位(印章):')).toBe(lexiconKey('项目单位'));
    expect(lexiconKey('主管部门（印章）')).toBe(lexiconKey('主管部门'));
  });
});
