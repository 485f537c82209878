export * from './parse-indicator-value.ts';
export * from './normalize.ts';
export * from './units.ts';
export * from './read-form-values.ts';
