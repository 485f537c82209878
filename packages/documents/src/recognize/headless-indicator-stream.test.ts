import { describe, expect, it } from 'vitest';
import { projectFormOfText } from './project-form-of-text.test-support.ts';

// Made for these tests in the shape of a 专项资金绩效目标表 whose cells ran together on one line and whose copy
// lost the indicator header: after 总体目标 come the level names, the indicator and its value.
const head =
  '专项资金绩效目标表（2026年度）项目名称某某专项资金主管部门（单位）名称某某市委宣传部资金情况（万元）资金总额：15' +
  '其中：财政拨款15其他资金0总体目标邀请国际友人到基地实习实训';

const read = (text: string) => projectFormOfText(text);

describe('indicator rows whose header the copy lost', () => {
  it('are read under 一级 | 二级 | 三级 | 指标值 when level names open them', async () => {
    const f = await read(
      `${head}产出指标数量指标邀请国际友人涉及国家数量≥3个效益指标社会效益指标带动交流人次≥100人次`,
    );
    expect(f.indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ['邀请国际友人涉及国家数量', '≥3个'],
      ['带动交流人次', '≥100人次'],
    ]);
  });

  it('are not made of a goal text that only names a level in passing (no 二级 after it)', async () => {
    const f = await read(`${head}，产出指标另行下达`);
    expect(f.indicators).toEqual([]);
  });
});
