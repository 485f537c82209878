// The self-evaluation checks (R-EVAL-*, by id): of a 自评表 / 监控表 read from a document (01, 04, 09), of a
// self-evaluation as entered and scored (06, 08), its rows against the approved indicators (07) and the total
// written on an uploaded table (09). Each reads the subjects its meta names.
import type { Finding } from '../../model/finding.ts';
import { evaluationDocumentName, type EvaluationDocument } from '../../model/evaluation-document.ts';
import { bySeverity, runSubjectRules } from '../engine.ts';
import type { AnySubjectRule } from '../types.ts';
import { rule as rEval01 } from './r-eval-01.ts';
import { rule as rEval04 } from './r-eval-04.ts';
import { rule as rEval05 } from './r-eval-05.ts';
import { rule as rEval06 } from './r-eval-06.ts';
import { rule as rEval07 } from './r-eval-07.ts';
import { rule as rEval08 } from './r-eval-08.ts';
import { rule as rEval09 } from './r-eval-09.ts';
import { rule as rEval10 } from './r-eval-10.ts';
import { rule as rEval11 } from './r-eval-11.ts';
import { rule as rEval12 } from './r-eval-12.ts';
import { rule as rEval13 } from './r-eval-13.ts';
import { rule as rEval14 } from './r-eval-14.ts';
import { rule as rEval15 } from './r-eval-15.ts';
import { rule as rEval16 } from './r-eval-16.ts';

export const evaluationRules: readonly AnySubjectRule[] = [
  rEval01,
  rEval04,
  rEval05,
  rEval06,
  rEval07,
  rEval08,
  rEval09,
  rEval10,
  rEval11,
  rEval12,
  rEval13,
  rEval14,
  rEval15,
  rEval16,
];

/** Checks one 自评表 / 监控表 read from a document; findings most severe first. */
export function checkEvaluationDocument(
  doc: EvaluationDocument,
  rules: readonly AnySubjectRule[] = evaluationRules,
  region: string | null = null,
): Finding[] {
  return bySeverity(
    runSubjectRules(
      rules,
      { kind: 'evaluation-document', doc, region },
      { form: evaluationDocumentName(doc), formKind: doc.kind },
    ),
  );
}
