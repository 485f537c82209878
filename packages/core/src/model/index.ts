export * from './indicator-value.ts';
export * from './indicator.ts';
export * from './decimal-string.ts';
export * from './project-form.ts';
export * from './department-form.ts';
export * from './disclosure.ts';
export * from './finding.ts';
export * from './form.ts';
