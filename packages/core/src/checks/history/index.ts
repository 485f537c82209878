// The history checks (R-HIST-*, by id): this year's targets against last year's results.
import type { AnySubjectRule } from '../types.ts';
import { rule as rHist01 } from './r-hist-01.ts';
import { rule as rHist02 } from './r-hist-02.ts';
import { rule as rHist03 } from './r-hist-03.ts';

export const historyRules: readonly AnySubjectRule[] = [rHist01, rHist02, rHist03];
