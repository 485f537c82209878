// The earlier project layout of 财预〔2015〕88号's 申报表, still printed by many local templates: two 一级
// (产出指标, 效益指标), with 社会公众或服务对象满意度指标 as a 二级 under 效益指标 (DOMAIN.md §1.1, "An earlier
// layout"; seen in corpus 011 (湖南宁乡 2021) and wide 108 (湖南湘潭 2023)). A form in this layout is valid as
// itself: its 满意度 rows are 满意度 for every check; the checks only say it differs from the current tree.
import type { Framework } from './framework.ts';

export const project2015: Framework = {
  id: 'project-2015',
  scope: 'project',
  title: '项目支出绩效指标体系（财预〔2015〕88号申报表原表样）',
  source: '财预〔2015〕88号 附件《项目支出绩效目标申报表》，各地转载的表样（DOMAIN.md §1.1，待与原文核对）',
  years: { from: 2015, to: 2020 },
  superseded: {
    by: 'project-101',
    change: '满意度指标作为效益指标下的二级指标（社会公众或服务对象满意度指标），现行体系将满意度指标单列为一级指标',
  },
  level1: [
    {
      name: '产出指标',
      aliases: ['产出'],
      level2: [
        { name: '数量指标', aliases: ['数量'] },
        { name: '质量指标', aliases: ['质量'] },
        { name: '时效指标', aliases: ['时效'] },
        { name: '成本指标', aliases: ['成本'] },
      ],
    },
    {
      name: '效益指标',
      aliases: ['效益'],
      level2: [
        { name: '经济效益指标', aliases: ['经济效益'] },
        { name: '社会效益指标', aliases: ['社会效益'] },
        { name: '生态效益指标', aliases: ['生态效益'] },
        { name: '可持续影响指标', aliases: ['可持续影响'] },
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
