import { rule } from './r-ind-17.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

ruleTester(rule, {
  valid: [
    { name: 'every row has name and value', form: makeProjectForm() },
    { name: 'department form', form: makeDepartmentForm() },
    {
      name: 'names that only start like a signature word: 热线电话接通率, 审核人员培训次数, 电子印章覆盖率',
      form: withIndicator(
        withIndicator(withIndicator(makeProjectForm(), 0, { name: '审核人员培训次数', target: '≥10次' }), 4, {
          name: '热线电话接通率',
          target: '≥95%',
        }),
        5,
        { name: '电子印章覆盖率', target: '≥90%' },
      ),
    },
    {
      name: 'a hotline or an office number is no mobile number: 12345热线, 027-83060046',
      form: withIndicator(makeProjectForm(), 4, { name: '12345热线工单办结率', target: '≥95%' }),
    },
  ],
  invalid: [
    {
      name: 'a cut copy: its last row without a value is not judged (wide/114), a row before it still is',
      form: (() => {
        const f = withIndicator(makeProjectForm(), 2, { target: null });
        const last = f.indicators.length - 1;
        return { ...withIndicator(f, last, { target: null }), cutOff: true };
      })(),
      errors: [{ messageId: 'missingValue', path: '/indicators/2/target' }],
    },
    {
      name: "a cut copy of long-term and annual tables side by side: the long term's last row is at the cut too",
      form: (() => {
        const f = makeDepartmentForm();
        const lastLong = f.indicators.findLastIndex((i) => i.term === 'long');
        return {
          ...withIndicator(withIndicator(f, lastLong, { target: null }), 0, { target: null }),
          cutOff: true,
        };
      })(),
      errors: [{ messageId: 'missingValue', path: '/indicators/0/target' }],
    },
    {
      name: "the long term's last row without a value in a whole form is reported",
      form: (() => {
        const f = makeDepartmentForm();
        const lastLong = f.indicators.findLastIndex((i) => i.term === 'long');
        return withIndicator(f, lastLong, { target: null });
      })(),
      errors: [
        {
          messageId: 'missingValue',
          path: `/indicators/${makeDepartmentForm().indicators.findLastIndex((i) => i.term === 'long')}/target`,
        },
      ],
    },
    {
      name: 'the same last row without a value in a whole form is reported',
      form: (() => {
        const f = makeProjectForm();
        return withIndicator(f, f.indicators.length - 1, { target: null });
      })(),
      errors: [{ messageId: 'missingValue', path: '/indicators/11/target' }],
    },
    {
      name: 'a name with an empty value, and a placeholder value',
      form: withIndicator(withIndicator(makeProjectForm(), 2, { target: null }), 3, { target: '……' }),
      errors: [
        { messageId: 'missingValue', path: '/indicators/2/target' },
        { messageId: 'missingValue', path: '/indicators/3/target' },
      ],
    },
    {
      name: "a table without any value (a template writing each 二级's aim as prose, no value column): one finding",
      form: (() => {
        const f = makeDepartmentForm();
        return {
          ...f,
          indicators: f.indicators.map((_, i) => withIndicator(f, i, { target: null }).indicators[i]!),
        };
      })(),
      errors: [{ messageId: 'noValues', path: '/indicators' }],
    },
    {
      name: 'two rows without a value beside rows with one: each reported',
      form: withIndicator(withIndicator(makeDepartmentForm(), 0, { target: null }), 1, { target: null }),
      errors: [
        { messageId: 'missingValue', path: '/indicators/0/target' },
        { messageId: 'missingValue', path: '/indicators/1/target' },
      ],
    },
    {
      name: 'a value without a name',
      form: withIndicator(makeDepartmentForm(), 1, { name: '　' }),
      errors: [{ messageId: 'missingName', path: '/indicators/1/name' }],
    },
    {
      name: 'the approving office’s stamp and date read as a 满意度 row (issue 14)',
      form: withIndicator(makeProjectForm(), 11, { name: '财政资金管理科室(盖章)', target: '年 月 日' }),
      errors: [{ messageId: 'signatureLine', path: '/indicators/11', severity: 'error' }],
    },
    {
      name: 'the filler’s line read as a 效益 row, its labels in the level columns (issue 14)',
      form: withIndicator(makeProjectForm(), 10, {
        level1: '填表人',
        level2: '张三',
        name: '联系电话',
        target: '16601234567',
      }),
      errors: [{ messageId: 'signatureLine', path: '/indicators/10' }],
    },
    {
      name: 'a signature line under a department 一级, filled down',
      form: withIndicator(makeDepartmentForm(), 2, { name: '填表人：王五', target: '联系电话：16601234567' }),
      errors: [{ messageId: 'signatureLine', path: '/indicators/2' }],
    },
    {
      name: 'a mobile number inside an indicator',
      form: withIndicator(makeProjectForm(), 5, { name: '咨询电话16601234567畅通率', target: '≥95%' }),
      errors: [{ messageId: 'personalPhone', path: '/indicators/5/name' }],
    },
  ],
});
