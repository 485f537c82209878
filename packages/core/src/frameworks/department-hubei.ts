// The department-wide framework seen in Hubei forms (DOMAIN.md §4.1; only as complete as the seeds).
import type { Framework } from './framework.ts';

export const departmentHubei: Framework = {
  id: 'department-hubei',
  scope: 'department',
  title: '部门整体绩效指标体系（湖北）',
  source: '鄂财绩发〔2020〕3号 系列（待核实）；种子文档',
  years: { from: 2020, to: null },
  level1: [
    {
      name: '运行成本',
      aliases: ['运行成本指标'],
      level2: [
        { name: '公用经费控制', aliases: [] },
        { name: '在职人员控制', aliases: [] },
        { name: '项目支出成本控制', aliases: [] },
      ],
    },
    {
      name: '管理效率',
      aliases: ['管理效率指标'],
      level2: ['战略管理', '预算编制', '预算执行', '绩效管理', '资产管理', '财务管理'].map((name) => ({
        name,
        aliases: [],
      })),
    },
    {
      name: '履职效能',
      aliases: ['履职效能指标'],
      level2: [{ name: '核心业务产出', aliases: [], pattern: /^核心业务产出\d*$/ }],
    },
    {
      name: '社会效应',
      aliases: ['社会效应指标'],
      level2: [
        { name: '经济效益', aliases: ['经济效益指标'] },
        { name: '社会效益', aliases: ['社会效益指标'] },
        { name: '生态效益', aliases: ['生态效益指标'] },
      ],
    },
    {
      name: '可持续发展能力',
      aliases: ['可持续发展能力指标'],
      level2: ['体制机制改革', '人才支撑', '科技支撑'].map((name) => ({ name, aliases: [] })),
    },
    {
      name: '满意度',
      aliases: ['满意度指标'],
      concept: 'satisfaction',
      level2: [
        { name: '服务对象满意度', aliases: ['服务对象满意度指标', '满意度指标'], concept: 'satisfaction' },
      ],
    },
  ],
};
