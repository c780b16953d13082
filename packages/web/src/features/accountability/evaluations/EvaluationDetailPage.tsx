/**
 * A loss evaluation (/accountability/evaluations/:id): the case, the court's initial evaluation, the experts and the
 * reviews this user may see (an expert sees no other expert's review before submitting their own — the server
 * decides; the page shows how many are withheld), the conclusion, the referral and its outcome. Each step's form is
 * shown when the server lists it among the user's `actions`. Cards stack, so it reads on a phone.
 */
import { Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../../app/api/errors.js';
import { useEvaluation, useEvaluationMeta } from './api.js';
import { ConclusionForm, ExpertsForm, InitialForm, OutcomeForm, ReferralForm, ReviewForm } from './EvaluationSteps.js';
import { StateTag } from './EvaluationsListPage.js';

const h2 = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card size="small" title={h2(title)} data-testid={testId}>
      {children}
    </Card>
  );
}

export function EvaluationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useEvaluation(id);
  const meta = useEvaluationMeta();
  if (q.error) return <Typography.Text type="danger">{errorMessage(q.error, t)}</Typography.Text>;
  const e = q.data;
  if (!e) return null;
  const label = (list: { code: string; label: string }[] | undefined, code: string) =>
    list?.find((x) => x.code === code)?.label ?? code;
  const can = (a: string) => e.actions.includes(a);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <Link to="/accountability/evaluations">{t('evaluations.back')}</Link>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('evaluations.detailTitle', { caseNumber: e.case?.caseNumber ?? t('evaluations.noCaseNumber') })}
        </Typography.Title>
        <StateTag state={e.state} />
      </Flex>
      <Section title={t('evaluations.caseSection')}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('evaluations.trigger')}>
            {t(`evaluations.triggers.${e.trigger}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluations.defendant')}>{e.case?.defendantName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('evaluations.court')}>{e.case?.courtName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('evaluations.effectiveOn')}>{e.effectiveOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('evaluations.causeOfAction')}>{e.case?.causeOfAction ?? '—'}</Descriptions.Item>
        </Descriptions>
        {e.case && <Link to={`/cases/${e.case.id}`}>{t('evaluations.viewCase')}</Link>}
      </Section>
      <Section title={t('evaluations.initialSection')}>
        {e.initial ? (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('evaluations.reasons')}>
              {e.initial.reasons.map((r) => (
                <Tag key={r}>{label(meta.data?.reasons, r)}</Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluations.faultAppears')}>
              {e.initial.faultAppears ? t('evaluations.yes') : t('evaluations.no')}
            </Descriptions.Item>
            {e.initial.opinion && (
              <Descriptions.Item label={t('evaluations.opinion')}>{e.initial.opinion}</Descriptions.Item>
            )}
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('evaluations.noInitial')}</Typography.Text>
        )}
        {can('recordInitial') && <InitialForm e={e} />}
      </Section>
      <Section title={t('evaluations.reviewsSection')} testId="reviews">
        <Typography.Paragraph>
          {e.experts.length
            ? `${t('evaluations.experts')}：${e.experts.map((x) => x.displayName).join('、')}（${t('evaluations.reviewCount', { n: e.reviewsSubmitted, of: e.reviewsAssigned })}）`
            : t('evaluations.noExperts')}
        </Typography.Paragraph>
        {e.reviewsHidden > 0 && (
          <Typography.Paragraph type="secondary" data-testid="reviews-hidden">
            {t('evaluations.hidden', { n: e.reviewsHidden })}
          </Typography.Paragraph>
        )}
        <List
          size="small"
          dataSource={e.reviews}
          locale={{ emptyText: t('evaluations.noReviews') }}
          renderItem={(r) => (
            <List.Item>
              <Flex vertical gap={4}>
                <Typography.Text strong>
                  {r.expertName ?? r.expertId} · {r.at.slice(0, 10)}
                </Typography.Text>
                <span>
                  {t('evaluations.faultFound')}：{r.faultFound ? t('evaluations.yes') : t('evaluations.no')}；
                  {t('evaluations.recommendReferral')}：
                  {r.recommendReferral ? t('evaluations.yes') : t('evaluations.no')}
                </span>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.opinion}</Typography.Paragraph>
              </Flex>
            </List.Item>
          )}
        />
        {e.myReviewSubmitted && <Typography.Text type="success">{t('evaluations.mySubmitted')}</Typography.Text>}
        {can('assignExperts') && <ExpertsForm e={e} />}
        {can('submitReview') && <ReviewForm e={e} />}
      </Section>
      <Section title={t('evaluations.conclusionSection')}>
        {e.conclusion ? (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('evaluations.conclusion')}>
              {t(`evaluations.conclusions.${e.conclusion.conclusion}`)}
            </Descriptions.Item>
            {e.conclusion.note && (
              <Descriptions.Item label={t('evaluations.note')}>{e.conclusion.note}</Descriptions.Item>
            )}
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('evaluations.noConclusion')}</Typography.Text>
        )}
        {can('conclude') && <ConclusionForm e={e} />}
      </Section>
      {(e.referral || can('refer')) && (
        <Section title={t('evaluations.referralSection')}>
          {e.referral && (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('evaluations.disciplineLiaison')}>
                {e.referral.disciplineUserName ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('evaluations.batch')}>{e.referral.batch ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('evaluations.sentOn')}>{e.referral.sentOn}</Descriptions.Item>
              <Descriptions.Item label={t('evaluations.dueDate')}>
                {e.referral.dueDate ?? '—'}
                {e.referral.onTime === false && (
                  <Tag color="error" style={{ marginLeft: 8 }}>
                    {t('evaluations.late')}
                  </Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('evaluations.outcome')}>
                {e.referral.outcomeCode ? label(meta.data?.outcomes, e.referral.outcomeCode) : t('evaluations.pending')}
              </Descriptions.Item>
              {e.referral.checks.length > 0 && (
                <Descriptions.Item label={t('evaluations.fourChecks')}>
                  {e.referral.checks.map((c) => (
                    <Tag key={c.code} color={c.responsible ? 'error' : 'default'}>
                      {label(meta.data?.fourChecks, c.code)}
                    </Tag>
                  ))}
                </Descriptions.Item>
              )}
            </Descriptions>
          )}
          {can('refer') && <ReferralForm e={e} />}
          {can('recordOutcome') && e.referral && <OutcomeForm e={e} />}
        </Section>
      )}
    </Flex>
  );
}
