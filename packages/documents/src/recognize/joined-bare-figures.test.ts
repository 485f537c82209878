import { describe, expect, it } from 'vitest';
import { splitJoinedRows } from './joined-rows.ts';

// Made for these tests in the `joined` shape of the variant generator: rows under 三级指标 | 目标值 run together.
describe('a bare figure between two names', () => {
  it('is a row’s value where a unit opens the words after it (30只 | 气体灭火控制器, 600万页 | 档案扫描页数)', () => {
    expect(splitJoinedRows('指示灯30只气体灭火控制器4台施工材料1批')).toEqual([
      '指示灯',
      '30只',
      '气体灭火控制器',
      '4台',
      '施工材料1批',
    ]);
    expect(splitJoinedRows('档案扫描总页数600万页档案扫描页数120万页档案在线查阅人次')).toEqual([
      '档案扫描总页数',
      '600万页',
      '档案扫描页数',
      '120万页',
      '档案在线查阅人次',
    ]);
  });

  it('is a row’s value where the name before it ends in what it counts (车辆数 | 10 | 雾炮车风炮射程)', () => {
    expect(splitJoinedRows('服务配备车辆数10雾炮车风炮射程80M')).toEqual([
      '服务配备车辆数',
      '10',
      '雾炮车风炮射程80M',
    ]);
  });

  it('is a name’s own where neither holds (水泥路1条2km, 3岁以下, 5户以上)', () => {
    // (1条 stays the name's; 2km, a figure its unit marks, is the row's value.)
    expect(splitJoinedRows('寨山石坪村新建水泥路1条2km呼家河至鲍家沟新建水泥路1条2km')).toEqual([
      '寨山石坪村新建水泥路1条',
      '2km',
      '呼家河至鲍家沟新建水泥路1条2km',
    ]);
    expect(splitJoinedRows('服务人数3岁以下婴幼儿')).toBeNull();
    expect(splitJoinedRows('帮扶户数5户以上村民')).toBeNull();
  });
});

describe('a counted figure with its unit closing a row', () => {
  it('keeps the unit (600万页) whole before a level, not cut as a name', () => {
    expect(splitJoinedRows('档案扫描总页数600万页')).toBeNull();
  });
});
