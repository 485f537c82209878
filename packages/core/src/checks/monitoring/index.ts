// The monitoring checks (R-MON-*, by id): the lights of a round (01…03), the explanations a light needs (04),
// the rows against the approved indicators (06).
import type { AnySubjectRule } from '../types.ts';
import { rule as rMon01 } from './r-mon-01.ts';
import { rule as rMon02 } from './r-mon-02.ts';
import { rule as rMon03 } from './r-mon-03.ts';
import { rule as rMon04 } from './r-mon-04.ts';
import { rule as rMon06 } from './r-mon-06.ts';

export const monitoringRules: readonly AnySubjectRule[] = [rMon01, rMon02, rMon03, rMon04, rMon06];
