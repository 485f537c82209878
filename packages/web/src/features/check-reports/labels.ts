// How severities, statuses and places read on the 检查报告 pages.
import type { BatchSummary, FindingPlace, Severity } from './api/check-reports-api.ts';

export { SEVERITY_LABELS as SEVERITY_LABEL, SEVERITY_RANK } from '@jixiao/core';
export { NO_UNIT, UNREAD } from '@jixiao/core/contracts';
export const SEVERITY_COLOR: Record<Severity, string> = { error: 'red', warning: 'gold', info: 'default' };
export const STATUS_LABEL: Record<BatchSummary['status'], string> = {
  running: '检查中',
  done: '已完成',
  failed: '已中断',
};

/** "表2 第5行 第3列". */
export function placeText(place: FindingPlace | null): string {
  if (!place) return '（未定位）';
  return [
    place.source ?? '',
    place.line !== null ? `第${place.line}行` : '',
    place.column !== null ? `第${place.column + 1}列` : '',
  ]
    .filter((p) => p !== '')
    .join(' ');
}
