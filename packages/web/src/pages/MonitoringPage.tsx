// 绩效运行监控: the rounds (finance opens new ones), and the projects of the chosen round with their lights.
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Card, Col, Empty, List, Modal, Row, Button, Tag } from 'antd';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { OpenRoundForm } from '../features/monitoring/components/OpenRoundForm.tsx';
import { RoundEntries } from '../features/monitoring/components/RoundEntries.tsx';
import { useRound, useRoundEntries } from '../features/monitoring/hooks/use-round.ts';
import { useRounds } from '../features/monitoring/hooks/use-rounds.ts';
import { RoundActions } from '../features/monitoring/components/RoundActions.tsx';
import { RoundProgress } from '../features/monitoring/components/RoundProgress.tsx';
import { TransitionLog } from '../features/evaluation-workflow/TransitionLog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadMore } from '../ui/LoadMore.tsx';
import { yearText } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export function MonitoringPage() {
  const { user, year } = useSession();
  const rounds = useRounds();
  // The 工作台 links a round to chase as ?round=<id>.
  const [params] = useSearchParams();
  const [chosen, setChosen] = useState<string | null>(params.get('round'));
  const [opening, setOpening] = useState(false);
  const items = rounds.data?.items ?? [];
  const current = chosen ?? items[0]?.id ?? null;
  const round = useRound(current);
  const entries = useRoundEntries(current);
  const isFinance = user?.role === 'finance';
  return (
    <>
      <PageHeader title="绩效运行监控" subtitle={`${yearText(year)} · 各项目预算执行与绩效目标完成情况`} />
      <Row gutter={16}>
        <Col xs={24} lg={7}>
          <Card
            title="监控轮次"
            extra={
              isFinance && (
                <Button id="open-round-button" type="primary" onClick={() => setOpening(true)}>
                  开启监控
                </Button>
              )
            }
          >
            <ErrorAlert error={rounds.error} />
            <List
              id="round-list"
              loading={rounds.isLoading}
              dataSource={items}
              locale={{ emptyText: '暂无监控轮次' }}
              renderItem={(r) => (
                <List.Item
                  className={r.id === current ? 'round-item selected' : 'round-item'}
                  onClick={() => setChosen(r.id)}
                  style={{
                    cursor: 'pointer',
                    background: r.id === current ? '#fbf3e4' : undefined,
                    paddingInline: 8,
                  }}
                >
                  <List.Item.Meta
                    title={r.title}
                    description={
                      <>
                        项目 {r.entries}，未填报 {r.unfilled}，已填报 {r.filled}，已提交 {r.submitted}
                        {r.status === 'closed' && (
                          <Tag style={{ marginLeft: 8 }} className="round-closed">
                            已关闭
                          </Tag>
                        )}
                        {r.red > 0 && (
                          <Tag color="red" style={{ marginLeft: 8 }}>
                            红灯 {r.red}
                          </Tag>
                        )}
                        {r.yellow > 0 && <Tag color="gold">黄灯 {r.yellow}</Tag>}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          <Card
            title={round.data ? `${round.data.round.title} · 参与项目` : '参与项目'}
            extra={round.data && <RoundActions round={round.data.round} isFinance={isFinance} />}
          >
            <ErrorAlert error={round.error ?? entries.error} />
            {current ? (
              <>
                <RoundEntries entries={entries.items} loading={entries.isLoading} />
                <LoadMore shown={entries.items.length} pages={entries} />
                {round.data && user?.role !== 'filler' && (
                  <div style={{ marginTop: 16 }}>
                    <RoundProgress
                      roundId={round.data.round.id}
                      progress={round.data.progress}
                      remind={
                        round.data.round.status === 'open'
                          ? { roundId: round.data.round.id, year: round.data.round.year }
                          : undefined
                      }
                    />
                  </div>
                )}
                <div style={{ marginTop: 16 }}>
                  <TransitionLog id="round-log" items={round.data?.transitions ?? []} />
                </div>
              </>
            ) : (
              <Empty description="请选择监控轮次" />
            )}
          </Card>
        </Col>
        <Modal
          title="开启绩效运行监控"
          open={opening}
          onCancel={() => setOpening(false)}
          footer={null}
          width={860}
          destroyOnHidden
        >
          <OpenRoundForm
            year={year ?? new Date().getFullYear()}
            onOpened={(id) => {
              setOpening(false);
              setChosen(id);
            }}
          />
        </Modal>
      </Row>
    </>
  );
}
