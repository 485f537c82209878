// The budget's other figures: income by source, 三公经费, 机关运行经费, 政府采购, vehicles, last year's
// figures for the comparisons, and the prose of sections 一, 二 and the reasons for changes.
import { incomeSources, type Budget, type LastYear } from '@jixiao/core';
import { Card, Col, Descriptions, Input, InputNumber, Row } from 'antd';
import { gridTotals } from '../utils/budget-edit.ts';
import { AmountInput } from './AmountInput.tsx';

const reasonKeys: [string, string][] = [
  ['total', '收支总预算'],
  ['basic', '基本支出'],
  ['publicFunds', '公用经费'],
  ['project', '项目支出'],
  ['threePublic', '“三公”经费'],
  ['reception', '公务接待费'],
];

export function OtherFigures({
  budget,
  onChange,
  readOnly,
}: {
  budget: Budget;
  onChange: (b: Budget) => void;
  readOnly: boolean;
}) {
  const t = gridTotals(budget);
  const ly = budget.lastYear;
  const setLast = (patch: Partial<LastYear>) => onChange({ ...budget, lastYear: { ...ly, ...patch } });
  const lastThree = ly.threePublic ?? {
    abroad: '0',
    vehiclePurchase: '0',
    vehicleOperation: '0',
    reception: '0',
  };
  const amount = (label: string, value: string, set: (v: string) => void) => (
    <Descriptions.Item label={label}>
      <AmountInput label={label} value={value} disabled={readOnly} onChange={set} />
    </Descriptions.Item>
  );
  const optional = (label: string, value: string | null, set: (v: string | null) => void) => (
    <Descriptions.Item label={label}>
      <AmountInput
        label={`上年${label}`}
        value={value ?? ''}
        disabled={readOnly}
        onChange={(v) => set(v === '0' && value === null ? null : v)}
      />
    </Descriptions.Item>
  );
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={`收入预算（合计 ${t.income} 万元${t.balanced ? '，收支平衡' : `，支出 ${t.expenditure} 万元，收支不平衡`}）`}
        >
          <Descriptions size="small" bordered column={1}>
            {incomeSources.map(([k, label]) =>
              amount(label, budget.income[k], (v) =>
                onChange({ ...budget, income: { ...budget.income, [k]: v } }),
              ),
            )}
            {/* 其他结转 is shown apart from 财政拨款结转 in the tables; only the latter is in the 财政拨款收支总表. */}
            {amount('上年结转中：其他结转（非财政拨款）', budget.carryOverOther, (v) =>
              onChange({ ...budget, carryOverOther: v }),
            )}
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={`“三公”经费（合计 ${t.threePublic} 万元）及其他`}>
          <Descriptions size="small" bordered column={1}>
            {amount('因公出国（境）费用', budget.threePublic.abroad, (v) =>
              onChange({ ...budget, threePublic: { ...budget.threePublic, abroad: v } }),
            )}
            {amount('公务用车购置', budget.threePublic.vehiclePurchase, (v) =>
              onChange({ ...budget, threePublic: { ...budget.threePublic, vehiclePurchase: v } }),
            )}
            {amount('公务用车运行维护费', budget.threePublic.vehicleOperation, (v) =>
              onChange({ ...budget, threePublic: { ...budget.threePublic, vehicleOperation: v } }),
            )}
            {amount('公务接待费', budget.threePublic.reception, (v) =>
              onChange({ ...budget, threePublic: { ...budget.threePublic, reception: v } }),
            )}
            {amount('机关运行经费', budget.operatingCosts, (v) => onChange({ ...budget, operatingCosts: v }))}
            {amount('政府采购：货物类', budget.procurement.goods, (v) =>
              onChange({ ...budget, procurement: { ...budget.procurement, goods: v } }),
            )}
            {amount('政府采购：工程类', budget.procurement.works, (v) =>
              onChange({ ...budget, procurement: { ...budget.procurement, works: v } }),
            )}
            {amount('政府采购：服务类', budget.procurement.services, (v) =>
              onChange({ ...budget, procurement: { ...budget.procurement, services: v } }),
            )}
            <Descriptions.Item label="设备（单位价值50万元以上通用／100万元以上专用，台套）">
              {(['generalEquipment', 'specialEquipment'] as const).map((k) => (
                <InputNumber
                  key={k}
                  size="small"
                  aria-label={
                    k === 'generalEquipment' ? '单位价值50万元以上通用设备' : '单位价值100万元以上专用设备'
                  }
                  min={0}
                  precision={0}
                  value={budget.assets[k]}
                  disabled={readOnly}
                  onChange={(v) => onChange({ ...budget, assets: { ...budget.assets, [k]: v ?? 0 } })}
                  style={{ width: 70, marginRight: 4 }}
                />
              ))}
            </Descriptions.Item>
            <Descriptions.Item label="车辆（一般公务/执法执勤/特种专业）">
              {(['general', 'enforcement', 'special'] as const).map((k) => (
                <InputNumber
                  key={k}
                  size="small"
                  min={0}
                  precision={0}
                  value={budget.vehicles[k]}
                  disabled={readOnly}
                  onChange={(v) => onChange({ ...budget, vehicles: { ...budget.vehicles, [k]: v ?? 0 } })}
                  style={{ width: 70, marginRight: 4 }}
                />
              ))}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={`上年预算数（${budget.year - 1}年，用于增减说明）`}>
          <Descriptions size="small" bordered column={1}>
            {optional('收支总预算', ly.total, (v) => setLast({ total: v }))}
            {optional('一般公共预算支出', ly.generalPublic, (v) => setLast({ generalPublic: v }))}
            {optional('基本支出', ly.basic, (v) => setLast({ basic: v }))}
            {optional('项目支出', ly.project, (v) => setLast({ project: v }))}
            {optional('公用经费', ly.publicFunds, (v) => setLast({ publicFunds: v }))}
            {amount('上年因公出国（境）费用', lastThree.abroad, (v) =>
              setLast({ threePublic: { ...lastThree, abroad: v } }),
            )}
            {amount('上年公务用车购置', lastThree.vehiclePurchase, (v) =>
              setLast({ threePublic: { ...lastThree, vehiclePurchase: v } }),
            )}
            {amount('上年公务用车运行维护费', lastThree.vehicleOperation, (v) =>
              setLast({ threePublic: { ...lastThree, vehicleOperation: v } }),
            )}
            {amount('上年公务接待费', lastThree.reception, (v) =>
              setLast({ threePublic: { ...lastThree, reception: v } }),
            )}
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title="说明文字（金额由系统计算，此处只填文字）">
          <Descriptions size="small" bordered column={1}>
            <Descriptions.Item label="一、部门基本情况">
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                value={budget.texts.profile}
                disabled={readOnly}
                onChange={(e) => onChange({ ...budget, texts: { ...budget.texts, profile: e.target.value } })}
              />
            </Descriptions.Item>
            <Descriptions.Item label="二、年度工作目标及主要任务">
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                value={budget.texts.tasks}
                disabled={readOnly}
                onChange={(e) => onChange({ ...budget, texts: { ...budget.texts, tasks: e.target.value } })}
              />
            </Descriptions.Item>
            <Descriptions.Item label="预算批复日期（公开期限自此起算 20 日）">
              <Input
                size="small"
                type="date"
                aria-label="预算批复日期"
                value={budget.approvedOn ?? ''}
                disabled={readOnly}
                onChange={(e) => onChange({ ...budget, approvedOn: e.target.value || null })}
              />
            </Descriptions.Item>
            <Descriptions.Item label="“三公”经费单位范围">
              <Input
                size="small"
                value={budget.texts.threePublicScope}
                disabled={readOnly}
                onChange={(e) =>
                  onChange({ ...budget, texts: { ...budget.texts, threePublicScope: e.target.value } })
                }
              />
            </Descriptions.Item>
            {reasonKeys.map(([k, label]) => (
              <Descriptions.Item key={k} label={`${label}增减原因`}>
                <Input
                  size="small"
                  value={budget.texts.reasons[k] ?? ''}
                  disabled={readOnly}
                  onChange={(e) =>
                    onChange({
                      ...budget,
                      texts: { ...budget.texts, reasons: { ...budget.texts.reasons, [k]: e.target.value } },
                    })
                  }
                />
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      </Col>
    </Row>
  );
}
