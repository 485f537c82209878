// The earlier project layout of 财预〔2015〕88号's 申报表, still printed by many local templates: two 一级
// (产出指标, 效益指标), with 社会公众或服务对象满意度指标 as a 二级 under 效益指标 (DOMAIN.md §1.1, "An earlier
// layout"; seen in corpus 011 (湖南宁乡 2021) and wide 108 (湖南湘潭 2023)). A form in this layout is valid as
// itself: its 满意度 rows are 满意度 for every check; the checks only say it differs from the current tree.
import { level1Of, type Framework } from './framework.ts';
import { project88 } from './project-88.ts';

export const project2015: Framework = {
  id: 'project-2015',
  scope: 'project',
  title: '项目支出绩效指标体系（财预〔2015〕88号申报表原表样）',
  source: '财预〔2015〕88号 附件《项目支出绩效目标申报表》，各地转载的表样（DOMAIN.md §1.1，待与原文核对）',
  years: { from: 2015, to: 2020 },
  superseded: {
    by: 'project-101',
    change:
      '满意度指标作为效益指标下的二级指标（社会公众或服务对象满意度指标），现行体系将满意度指标单列为一级指标',
  },
  // The 88号 tree's 产出 and 效益 as they are, with 满意度 as the last 二级 of 效益 (derived, so the two
  // trees cannot drift apart).
  level1: [
    level1Of(project88, '产出指标'),
    {
      ...level1Of(project88, '效益指标'),
      level2: [
        ...level1Of(project88, '效益指标').level2,
        {
          name: '社会公众或服务对象满意度指标',
          aliases: [
            '社会公众或服务对象满意度',
            '社会公众满意度指标',
            '社会公众满意度',
            '服务对象满意度指标',
            '服务对象满意度',
            '满意度指标',
            '满意度',
          ],
          concept: 'satisfaction',
        },
      ],
    },
  ],
};
