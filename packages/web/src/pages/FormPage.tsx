// Any form the user can see, read-only, with its findings, open comments and workflow record.
import { Button, Spin } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { ReviewWorkspace } from '../features/review/components/ReviewWorkspace.tsx';
import { useStoredForm } from '../features/forms/hooks/use-stored-form.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';

export function FormPage() {
  const { id } = useParams();
  const stored = useStoredForm(id);
  if (stored.isLoading) return <Spin size="large" />;
  if (stored.error || !stored.data) return <ErrorAlert error={stored.error} />;
  const editable = stored.data.actions.includes('edit') && stored.data.form.kind !== 'disclosure';
  return (
    <ReviewWorkspace
      id={id!}
      backTo="/"
      actions={
        editable && (
          <Link to={`/forms/${id}/edit`}>
            <Button type="primary" icon={<EditOutlined />}>
              编辑
            </Button>
          </Link>
        )
      }
    />
  );
}
