// The explicit registry of checks, sorted by id (no globbing; a meta-test keeps it complete).
import type { Rule } from '../types.ts';
import { rule as rCons01 } from './r-cons-01.ts';
import { rule as rDept02 } from './r-dept-02.ts';
import { rule as rDept03 } from './r-dept-03.ts';
import { rule as rDept06 } from './r-dept-06.ts';
import { rule as rForm01 } from './r-form-01.ts';
import { rule as rGoal01 } from './r-goal-01.ts';
import { rule as rGoal02 } from './r-goal-02.ts';
import { rule as rInd01 } from './r-ind-01.ts';
import { rule as rInd02 } from './r-ind-02.ts';
import { rule as rInd03 } from './r-ind-03.ts';
import { rule as rInd04 } from './r-ind-04.ts';
import { rule as rInd05 } from './r-ind-05.ts';
import { rule as rInd06 } from './r-ind-06.ts';
import { rule as rInd07 } from './r-ind-07.ts';
import { rule as rInd08 } from './r-ind-08.ts';
import { rule as rInd09 } from './r-ind-09.ts';
import { rule as rInd10 } from './r-ind-10.ts';
import { rule as rInd11 } from './r-ind-11.ts';
import { rule as rInd12 } from './r-ind-12.ts';
import { rule as rInd13 } from './r-ind-13.ts';
import { rule as rInd15 } from './r-ind-15.ts';
import { rule as rInd16 } from './r-ind-16.ts';
import { rule as rInd17 } from './r-ind-17.ts';
import { rule as rInd18 } from './r-ind-18.ts';
import { rule as rInd19 } from './r-ind-19.ts';
import { rule as rInd20 } from './r-ind-20.ts';
import { rule as rPub01 } from './r-pub-01.ts';
import { rule as rPub02 } from './r-pub-02.ts';
import { rule as rPub03 } from './r-pub-03.ts';
import { rule as rPub04 } from './r-pub-04.ts';
import { rule as rPub05 } from './r-pub-05.ts';
import { rule as rPub06 } from './r-pub-06.ts';
import { rule as rPub07 } from './r-pub-07.ts';
import { rule as rPub08 } from './r-pub-08.ts';
import { rule as rPub09 } from './r-pub-09.ts';
import { rule as rPub10 } from './r-pub-10.ts';
import { rule as rPub11 } from './r-pub-11.ts';
import { rule as rPub12 } from './r-pub-12.ts';
import { rule as rPub13 } from './r-pub-13.ts';
import { rule as rSum01 } from './r-sum-01.ts';
import { rule as rSum02 } from './r-sum-02.ts';

export const rules: readonly Rule[] = [
  rCons01,
  rDept02,
  rDept03,
  rDept06,
  rForm01,
  rGoal01,
  rGoal02,
  rInd01,
  rInd02,
  rInd03,
  rInd04,
  rInd05,
  rInd06,
  rInd07,
  rInd08,
  rInd09,
  rInd10,
  rInd11,
  rInd12,
  rInd13,
  rInd15,
  rInd16,
  rInd17,
  rInd18,
  rInd19,
  rInd20,
  rPub01,
  rPub02,
  rPub03,
  rPub04,
  rPub05,
  rPub06,
  rPub07,
  rPub08,
  rPub09,
  rPub10,
  rPub11,
  rPub12,
  rPub13,
  rSum01,
  rSum02,
];
