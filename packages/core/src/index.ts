// @jixiao/core: the canonical model, the 指标值 grammar, exact money, frameworks and checks. Pure: no I/O.
export * from './model/index.ts';
export * from './value/index.ts';
export * from './money/index.ts';
export * from './checks/index.ts';
export * from './frameworks/index.ts';
export * from './evaluation/index.ts';
export * from './codes/index.ts';
export * from './budget/index.ts';
export * from './memo/text-memo.ts';
