// Version A: the 88号/10号 project framework — 成本指标 sits under 产出 (DOMAIN.md §1.1).
import type { Framework } from './framework.ts';

export const project88: Framework = {
  id: 'project-88',
  scope: 'project',
  title: '项目支出绩效指标体系（财预〔2015〕88号/〔2020〕10号）',
  source: '财预〔2015〕88号；财预〔2020〕10号',
  // Still used locally after 101号 (DOMAIN §1.1: importers accept both versions): not marked superseded.
  years: { from: 2015, to: 2021 },
  level1: [
    {
      name: '产出指标',
      aliases: ['产出'],
      // 新疆's and 四川's target forms (wide/244, 275, 373): what the project completes is its output.
      localNames: ['项目完成指标', '项目完成'],
      level2: [
        { name: '数量指标', aliases: ['数量'] },
        { name: '质量指标', aliases: ['质量'] },
        { name: '时效指标', aliases: ['时效'] },
        {
          name: '成本指标',
          aliases: ['成本'],
          // 广东's 批复表 (docs/007) beside 数量 / 质量 / 时效: keeping the budget or investment within its limit.
          // Its note in brackets, 预算（或投资规模）控制指标, is dropped before the look-up (local-spellings.ts).
          localNames: ['预算控制指标', '投资规模控制指标'],
        },
      ],
    },
    {
      name: '效益指标',
      aliases: ['效益'],
      // 广东's 批复表 (docs/007: 效果指标 over 社会、经济、生态效益 and 可持续影响), 吉林's 项目效果, 实施效果指标 (docs/003's
      // header): the effects a project has are its benefits.
      localNames: ['效果指标', '效果', '实施效果指标'],
      level2: [
        { name: '经济效益指标', aliases: ['经济效益'] },
        { name: '社会效益指标', aliases: ['社会效益'] },
        // 环境效益 is the same benefit in the words of older local templates (湖南's 2017 部门整体 forms, 佳县's).
        { name: '生态效益指标', aliases: ['生态效益', '环境效益指标', '环境效益'] },
        { name: '可持续影响指标', aliases: ['可持续影响'] },
      ],
    },
    {
      name: '满意度指标',
      aliases: ['满意度'],
      concept: 'satisfaction',
      level2: [
        {
          name: '服务对象满意度指标',
          aliases: ['服务对象满意度', '满意度指标', '满意度'],
          concept: 'satisfaction',
        },
      ],
    },
  ],
};
