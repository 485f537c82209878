export * from './decimal.ts';
export { parseCapitalAmount } from './capital-amount.ts';
