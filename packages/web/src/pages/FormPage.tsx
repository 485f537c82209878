// Any form the user can see, read-only, with its findings, open comments and workflow record.
import { Button, Card, Col, Row, Space, Spin, Typography } from 'antd';
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
    <Space orientation="vertical" style={{ width: '100%' }}>
      {editable && (
        <Card size="small">
          <Row justify="space-between" align="middle">
            <Col>
              <Typography.Text>本表单可以编辑。</Typography.Text>
            </Col>
            <Col>
              <Link to={`/forms/${id}/edit`}>
                <Button type="primary" icon={<EditOutlined />}>
                  编辑
                </Button>
              </Link>
            </Col>
          </Row>
        </Card>
      )}
      <ReviewWorkspace id={id!} backTo="/" />
    </Space>
  );
}
