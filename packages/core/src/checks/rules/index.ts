// The explicit registry of checks, sorted by id (no globbing; a meta-test keeps it complete).
import type { Rule } from '../types.ts';

export const rules: readonly Rule[] = [];
