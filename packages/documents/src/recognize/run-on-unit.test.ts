import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { unitBeforeRunOn } from './run-on-unit.ts';

describe("a unit's name OCR ran on into the cells after it", () => {
  it('is cut after the organisation ending when a figure follows', () => {
    expect(unitBeforeRunOn('某某市教育局实施单位自评得分95财政审核评分某某中学')).toBe('某某市教育局');
    expect(unitBeforeRunOn('某某县农技推广中心项目负责人张三电话12345678')).toBe('某某县农技推广中心');
  });

  it('keeps an ending that a longer ending follows at once: 中心医院, 中心学校, 中心卫生院', () => {
    // 襄阳 docs/015: 单位名称:襄阳市中心医院填报日期:2022年3月18日 — 中心 is the hospital's name, 医院 its ending.
    expect(unitBeforeRunOn('襄阳市中心医院填报日期:2022年3月18日')).toBe('襄阳市中心医院');
    expect(unitBeforeRunOn('某某镇中心学校填报日期2022年3月1日')).toBe('某某镇中心学校');
    expect(unitBeforeRunOn('某某镇中心卫生院联系电话12345678')).toBe('某某镇中心卫生院');
    // A one-character ending after another is no longer ending (局委托 is no 局委).
    expect(unitBeforeRunOn('某某市教育局委托第三方评价得分95')).toBe('某某市教育局');
  });

  it('keeps a name that goes on in words, or carries its code before it', () => {
    expect(unitBeforeRunOn('成安县民政局机关')).toBe('成安县民政局机关');
    expect(unitBeforeRunOn('314002-某某县民政局机关')).toBe('314002-某某县民政局机关');
    expect(unitBeforeRunOn('某某局2号楼')).toBe('某某局2号楼');
  });

  it('gives the 自评表 of the corpus copy (银川 wide/121) its 主管部门 alone', async () => {
    const data = readFileSync(new URL('../../test/corpus/wide/121_selfeval.txt', import.meta.url));
    const out = await importBuffer(new Uint8Array(data), '121_selfeval.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (e?.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect([e.unit, e.department]).toContain('银川市教育局');
  });
});
