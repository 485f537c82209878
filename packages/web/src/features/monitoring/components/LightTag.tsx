// A warning light (红灯 / 黄灯 / 绿灯 / 蓝灯) as a coloured tag; nothing while not computed.
import { Tag } from 'antd';
import type { Light } from '@jixiao/core';

const LOOK: Record<Light, { color: string; text: string }> = {
  red: { color: 'red', text: '红灯' },
  yellow: { color: 'gold', text: '黄灯' },
  green: { color: 'green', text: '绿灯' },
  blue: { color: 'blue', text: '蓝灯' },
};

export function LightTag({ light }: { light: Light | null | undefined }) {
  if (!light) return <Tag>未计算</Tag>;
  return (
    <Tag color={LOOK[light].color} className={`light light-${light}`}>
      {LOOK[light].text}
    </Tag>
  );
}
