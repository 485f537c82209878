// A warning light (红灯 / 黄灯 / 绿灯 / 蓝灯) as a coloured tag; 未填报 (neutral) while the unit has not
// typed anything, 未计算 while the values cannot be read.
import { Tag } from 'antd';
import type { EvalResult, Light } from '@jixiao/core';

const LOOK: Record<Light, { color: string; text: string }> = {
  red: { color: 'red', text: '红灯' },
  yellow: { color: 'gold', text: '黄灯' },
  green: { color: 'green', text: '绿灯' },
  blue: { color: 'blue', text: '蓝灯' },
};

export function LightTag({ light, unreported }: { light: Light | null | undefined; unreported?: boolean }) {
  if (unreported) return <Tag className="light light-unreported">未填报</Tag>;
  if (!light) return <Tag>未计算</Tag>;
  return (
    <Tag color={LOOK[light].color} className={`light light-${light}`}>
      {LOOK[light].text}
    </Tag>
  );
}

/** The tag of a computed light result: its light, 未填报, or 未计算 for values that could not be read. */
export function ResultLightTag({ result }: { result: EvalResult<{ light: Light }> | undefined }) {
  const unreported =
    result !== undefined && !result.ok && result.errors.some((e) => e.code === 'not-reported');
  return <LightTag light={result?.ok ? result.value.light : null} unreported={unreported} />;
}
