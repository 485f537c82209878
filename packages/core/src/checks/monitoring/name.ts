// The name a monitoring finding gives an indicator: its 三级 name, else its approved id.
import type { MonitoringIndicator } from '../../evaluation/monitoring-model.ts';

export function indicatorName(ind: MonitoringIndicator): string {
  return ind.name ?? ind.indicatorId;
}
