export * from './types.ts';
export * from './run-checks.ts';
export * from './render.ts';
export { rules } from './rules/index.ts';
export { readChanges, type Change } from './helpers/disclosure-text.ts';
