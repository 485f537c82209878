// A library suggestion as the editor's and the library's tests offer it: 培训人次 under 产出指标 / 数量指标, with the
// value most used for it (≥200人次), its unit and basis.
import type { LibrarySuggestion } from '../api/library-api.ts';

export const trainingSuggestion: LibrarySuggestion = {
  name: '培训人次',
  level1: '产出指标',
  level2: '数量指标',
  uses: 3,
  values: [{ raw: '≥200人次', count: 2 }],
  unit: '人次',
  basis: '计划标准',
  score: 0.8,
  libraryId: null,
  definition: null,
  direction: null,
  sector: null,
  sourceTitle: null,
};
