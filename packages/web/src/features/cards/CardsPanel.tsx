/**
 * 红黄牌 on the workbench (issue 14): the quarter-end proposals and decisions in the caller's scope (GET /cards); the
 * city coordinator confirms or rejects a proposal (with a reason) at the version shown; every card has its notice
 * (.docx) and its unit's history (docs/rules/indicators-and-sanctions.md#card-proposals).
 */
import { Alert, App, Button, Card, Empty, Flex, Input, List, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { type CardItem, useCards, useDecideCard } from './api.js';

const SANCTION_COLOR: Record<string, string> = { yellow_card: 'gold', red_card: 'red' };
const STATUS_COLOR: Record<string, string> = { proposed: 'processing', confirmed: 'success', rejected: 'default' };

function CardTags({ card }: { card: CardItem }) {
  return (
    <Space size={4} wrap>
      <Tag color={SANCTION_COLOR[card.sanction] ?? 'purple'} bordered={false}>
        {card.sanctionLabel}
      </Tag>
      <Tag color={STATUS_COLOR[card.status]} data-testid="card-status">
        {card.statusLabel}
      </Tag>
    </Space>
  );
}

function UnitHistory({ unit, onClose }: { unit: { id: string; label: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const history = useCards(unit?.id, !!unit);
  return (
    <Modal open={!!unit} title={t('cards.historyTitle', { unit: unit?.label ?? '' })} onCancel={onClose} footer={null}>
      {!history.data ? (
        <Skeleton active />
      ) : (
        <List
          size="small"
          data-testid="card-history"
          dataSource={history.data.items}
          renderItem={(c) => (
            <List.Item key={c.id} data-testid="card-history-item" extra={<CardTags card={c} />}>
              {c.period.label} · {c.rateDisplay}
              {c.decisionReason ? ` · ${c.decisionReason}` : ''}
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}

export function CardsPanel({ canDecide }: { canDecide: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cards = useCards();
  const decide = useDecideCard();
  const [rejecting, setRejecting] = useState<CardItem | null>(null);
  const [reason, setReason] = useState('');
  const [history, setHistory] = useState<{ id: string; label: string } | null>(null);

  const run = async (card: CardItem, action: 'confirm' | 'reject', why?: string) => {
    try {
      await decide.mutateAsync({ card, action, reason: why });
      message.success(action === 'confirm' ? t('cards.confirmed') : t('cards.rejected'));
      setRejecting(null);
      setReason('');
    } catch (err) {
      message.error(errorMessage(err, t));
    }
  };

  return (
    <Card size="small" title={t('cards.panelTitle')} data-testid="dashboard-cards">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('cards.panelHint')}
      </Typography.Paragraph>
      {cards.isError ? (
        <Alert type="error" showIcon message={t('workbench.loadFailed')} description={errorMessage(cards.error, t)} />
      ) : !cards.data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : cards.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cards.none')} />
      ) : (
        // Every card of the scope (a few a quarter), scrolled rather than paged so each stays findable.
        <List
          size="small"
          style={{ maxHeight: 480, overflowY: 'auto' }}
          dataSource={cards.data.items}
          renderItem={(c) => (
            <List.Item key={c.id} data-testid="card-item" data-card-id={c.id}>
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <span data-testid="card-unit">{c.unit.label}</span>
                    <CardTags card={c} />
                  </Flex>
                }
                description={
                  <>
                    <div>
                      {c.period.label} ·{' '}
                      {t('cards.rateLine', { rate: c.rateDisplay, losses: c.losses, concluded: c.concluded })}
                    </div>
                    <div>{c.reasons.map((r) => r.text).join('；')}</div>
                    {c.decisionReason && <div>{t('cards.reasonLine', { reason: c.decisionReason })}</div>}
                    {/* Under the text (not beside it) so the reasons keep the panel's width. */}
                    <Space size={8} wrap style={{ marginTop: 4 }}>
                      {canDecide && c.status === 'proposed' && (
                        <>
                          <Button
                            size="small"
                            type="primary"
                            loading={decide.isPending && decide.variables?.card.id === c.id}
                            onClick={() => void run(c, 'confirm')}
                          >
                            {t('cards.confirm')}
                          </Button>
                          <Button size="small" onClick={() => setRejecting(c)}>
                            {t('cards.reject')}
                          </Button>
                        </>
                      )}
                      {c.status !== 'rejected' && (
                        <a href={c.notice} download data-testid="card-notice">
                          {t('cards.notice')}
                        </a>
                      )}
                      <Button size="small" type="link" onClick={() => setHistory(c.unit)}>
                        {t('cards.history')}
                      </Button>
                    </Space>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Modal
        open={!!rejecting}
        title={t('cards.rejectTitle', { unit: rejecting?.unit.label ?? '', sanction: rejecting?.sanctionLabel ?? '' })}
        okText={t('cards.reject')}
        okButtonProps={{ disabled: !reason.trim(), loading: decide.isPending }}
        onOk={() => rejecting && void run(rejecting, 'reject', reason)}
        onCancel={() => setRejecting(null)}
      >
        <Input.TextArea
          aria-label={t('cards.rejectReason')}
          placeholder={t('cards.rejectReason')}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
        />
      </Modal>
      <UnitHistory unit={history} onClose={() => setHistory(null)} />
    </Card>
  );
}
