// The form rules' tests import the tester from here; it is the one tester of checks/rule-tester.ts.
export { ruleTester, type ExpectedReport, type InvalidCase, type ValidCase } from '../rule-tester.ts';
