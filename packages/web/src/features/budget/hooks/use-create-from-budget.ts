// Creates a draft form from the unit's budget (a 项目支出 line, or 部门整体) and opens it in the editor; when
// the project already has a form, opens that one instead.
import type { FormFromBudgetBody } from '@jixiao/core/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../../api/http.ts';
import { budgetApi } from '../api/budget-api.ts';

export function useCreateFromBudget(orgId: string | null, year: number) {
  const navigate = useNavigate();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: FormFromBudgetBody) => {
      try {
        return (await budgetApi.createForm(orgId!, year, body)).meta.id;
      } catch (e) {
        const existing = e instanceof ApiError && e.code === 'form-exists' ? e.body.formId : undefined;
        if (typeof existing === 'string') return existing;
        throw e;
      }
    },
    onSuccess: (id) => {
      void client.invalidateQueries({ queryKey: ['budget', orgId, year] });
      navigate(`/forms/${id}/edit`);
    },
  });
}
