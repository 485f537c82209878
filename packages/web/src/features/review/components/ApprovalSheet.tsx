// The 批复表 of an approved (or published) project form, in the official layout, with its downloads.
import { Card, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ProjectForm } from '@jixiao/core';
import { DownloadButtons } from '../../../ui/DownloadButtons.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formsApi } from '../../forms/api/forms-api.ts';
import { ProjectFormView } from '../../forms/components/ProjectFormView.tsx';
import { approvalForm } from '@jixiao/core';

export function ApprovalSheet({ formId, form, name }: { formId: string; form: ProjectForm; name: string }) {
  const approval = useQuery({
    queryKey: ['form', formId, 'approval'],
    queryFn: () => formsApi.approval(formId),
  });
  const formats = [
    { label: 'Excel', ext: 'xlsx' },
    { label: 'Word', ext: 'docx' },
    { label: 'PDF', ext: 'pdf' },
  ];
  return (
    <Card
      size="small"
      title="批复表"
      id="approval-sheet"
      extra={
        <DownloadButtons
          id="approval-downloads"
          choices={formats.map((f) => ({
            label: f.label,
            path: `/forms/${formId}/export/${f.ext}`,
            fileName: `${name}-批复表.${f.ext}`,
          }))}
        />
      }
    >
      {approval.isLoading && <Spin />}
      <ErrorAlert error={approval.error} />
      {approval.data && <ProjectFormView form={approvalForm(form, approval.data)} />}
    </Card>
  );
}
