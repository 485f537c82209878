// Checks (审核规则): on a stored form, or on forms posted in the request.
import { checkBody, idParams } from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { ruleSummaries, runChecks } from '@jixiao/core';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { getForm } from '../forms/forms.service.ts';
import { checkStoredForm } from './stored-findings.ts';

function summarise(findings: { severity: string }[]) {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

const route = featureRoutes('checks');

export function checkRoutes(deps: AppDeps): RoutePlugin {
  return async (app) => {
    app.get(
      '/api/rules',
      route('authenticated', '审核规则一览（全部规则：编号、检查对象、说明、提示语）', {}),
      async () => ({ rules: ruleSummaries() }),
    );
    app.get(
      '/api/forms/:id/findings',
      route(['filler', 'reviewer', 'finance'], '对已保存的表单运行审核规则', { params: idParams }),
      async (request) => {
        const { id } = request.params;
        const stored = await getForm(deps.db, actorOf(request), id);
        const findings = checkStoredForm(deps.checkForm, stored.form, id);
        return { version: stored.meta.version, summary: summarise(findings), findings };
      },
    );
    app.post(
      '/api/check',
      route('authenticated', '对提交的表单运行审核规则', { body: checkBody }),
      async (request) => {
        const { forms } = request.body;
        const findings = runChecks(forms);
        return { summary: summarise(findings), findings };
      },
    );
  };
}
