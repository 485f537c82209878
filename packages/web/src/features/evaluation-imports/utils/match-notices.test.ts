import { describe, expect, it } from 'vitest';
import { matchNotices } from './match-notices.ts';

const base = {
  unit: '鄂州市数据局',
  department: '鄂州市数据局',
  bestScore: 0.92,
  candidates: 5,
  orgName: '鄂州市数据局（本级）',
  role: 'filler',
};

describe('matchNotices', () => {
  it('says nothing when a project matches and the table is the unit’s own', () => {
    expect(matchNotices(base)).toEqual([]);
  });

  it('says that no project is similar enough, and that the table is kept as a record', () => {
    const notes = matchNotices({ ...base, bestScore: 0.16 });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('没有相似度达到 50% 的批复项目');
  });

  it('names another unit’s table to a unit’s filler, not to finance', () => {
    const other = { ...base, unit: '阜康市统计局', department: '阜康市统计局' };
    expect(matchNotices(other)).toEqual([
      '表中的单位为「阜康市统计局」，不是本单位「鄂州市数据局（本级）」：请确认上传的是本单位的表。',
    ]);
    expect(matchNotices({ ...other, role: 'finance' })).toEqual([]);
  });

  it('takes the 主管部门 when it is the unit’s own, and a table naming no unit as the unit’s', () => {
    expect(matchNotices({ ...base, unit: '鄂州市政务服务中心' })).toEqual([]);
    expect(matchNotices({ ...base, unit: null, department: null })).toEqual([]);
  });
});
