// The shape every benchmark reports: a figure, its baseline measured in the same run, and their ratio.
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  note?: string;
}
