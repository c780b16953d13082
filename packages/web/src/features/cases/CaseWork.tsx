/**
 * Work on a case beyond editing it: adjust a deadline (custom due date with its reason, beside the statutory one) or
 * mark it done, and — for coordinators (case.assign) — assign the case to an expert (专家评查) or refer it to the
 * discipline commission (移送纪委监委). The server checks every action; these only hide what a role cannot do.
 */
import { CheckOutlined, DeleteOutlined, EditOutlined, UndoOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';
import { errorMessage } from '../../app/api/errors.js';
import { type CaseDetail, caseKeys, type DeadlineOut } from './api.js';
import { ProvisionalTag } from './CaseTags.js';
import { deadlineRuleText } from './format.js';

type AssignInput = ApiBody<'/api/v1/cases/{id}/assignments', 'post'>;
export type AssignmentPurpose = AssignInput['purpose'];
type DeadlineUpdate = ApiBody<'/api/v1/cases/{id}/deadlines/{deadlineId}', 'patch'>;
type Assignable = ApiResponse<'/api/v1/users/assignable', 'get'>;

function useCaseAction<V>(caseId: string, fn: (vars: V) => Promise<CaseDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (detail) => {
      qc.setQueryData(caseKeys.detail(caseId), detail);
      await qc.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

export const useUpdateDeadline = (caseId: string) =>
  useCaseAction(caseId, ({ deadlineId, ...body }: DeadlineUpdate & { deadlineId: string }) =>
    api.patch<CaseDetail>(`${casePath(caseId)}/deadlines/${encodeURIComponent(deadlineId)}`, body),
  );

export const useAssign = (caseId: string) =>
  useCaseAction(caseId, (body: AssignInput) => api.post<CaseDetail>(`${casePath(caseId)}/assignments`, body));

export const useUnassign = (caseId: string) =>
  useCaseAction(caseId, (assignmentId: string) =>
    api.delete<CaseDetail>(`${casePath(caseId)}/assignments/${encodeURIComponent(assignmentId)}`),
  );

export function useAssignable(purpose: AssignmentPurpose, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'assignable', purpose],
    queryFn: ({ signal }) => api.get<Assignable>(`/users/assignable?purpose=${purpose}`, { signal }),
    enabled,
  });
}

/** The actions of one deadline row: adjust (date + reason), back to the statutory date, done / open again. */
export function DeadlineActions({ detail, deadline: d }: { detail: CaseDetail; deadline: DeadlineOut }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateDeadline(detail.id);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ date: Dayjs; reason: string }>();
  const run = (body: Parameters<typeof update.mutate>[0], ok: string) =>
    update.mutate(body, {
      onSuccess: () => message.success(ok),
      onError: (err) => message.error(errorMessage(err, t)),
    });

  return (
    <Space size={0} wrap>
      <Button
        size="small"
        type="link"
        icon={<EditOutlined />}
        onClick={() => setEditing(true)}
        data-testid={`deadline-adjust-${d.ruleId}`}
      >
        {t('caseWork.adjust')}
      </Button>
      {d.status === 'met' ? (
        <Button
          size="small"
          type="link"
          icon={<UndoOutlined />}
          loading={update.isPending}
          onClick={() => run({ deadlineId: d.id, status: 'open' }, t('caseWork.reopened'))}
        >
          {t('caseWork.reopen')}
        </Button>
      ) : (
        <Button
          size="small"
          type="link"
          icon={<CheckOutlined />}
          loading={update.isPending}
          onClick={() => run({ deadlineId: d.id, status: 'met' }, t('caseWork.markedDone'))}
          data-testid={`deadline-done-${d.ruleId}`}
        >
          {t('caseWork.markDone')}
        </Button>
      )}
      <Modal
        open={editing}
        title={t('caseWork.adjustTitle', { name: deadlineRuleText(t, d).name })}
        okText={t('caseWork.save')}
        cancelText={t('caseWork.cancel')}
        confirmLoading={update.isPending}
        onCancel={() => setEditing(false)}
        onOk={() => form.submit()}
        destroyOnHidden
        footer={(_, { OkBtn, CancelBtn }) => (
          <Space>
            {d.customDueDate && (
              <Button
                onClick={() => {
                  run({ deadlineId: d.id, customDueDate: null }, t('caseWork.restored'));
                  setEditing(false);
                }}
              >
                {t('caseWork.restoreStatutory')}
              </Button>
            )}
            <CancelBtn />
            <OkBtn />
          </Space>
        )}
      >
        <Typography.Paragraph type="secondary">
          {t('caseWork.statutory', { date: d.dueDate ?? t('caseWork.notComputed') })}
          {d.dueDateProvisional && <ProvisionalTag />}
          <br />
          {deadlineRuleText(t, d).basis}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            date: d.customDueDate ? dayjs(d.customDueDate) : d.dueDate ? dayjs(d.dueDate) : undefined,
            reason: d.customReason ?? '',
          }}
          onFinish={({ date, reason }) =>
            update.mutate(
              {
                deadlineId: d.id,
                customDueDate: date.format('YYYY-MM-DD'),
                customReason: reason.trim(),
                version: detail.version,
              },
              {
                onSuccess: () => {
                  setEditing(false);
                  message.success(t('caseWork.adjusted'));
                },
                onError: (err) => message.error(errorMessage(err, t)),
              },
            )
          }
        >
          <Form.Item
            name="date"
            label={t('caseWork.customDate')}
            rules={[{ required: true, message: t('caseWork.customDateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="deadline-custom-date" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('caseWork.customReason')}
            rules={[{ required: true, whitespace: true, message: t('caseWork.customReasonRequired') }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              placeholder={t('caseWork.customReasonPlaceholder')}
              data-testid="deadline-custom-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

/** 分配专家 / 移送纪委: who the case is assigned to, and the dialog to assign (coordinators only). */
export function AssignmentsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const unassign = useUnassign(detail.id);
  const assignments = detail.assignments ?? [];
  const purposeLabel = (p: AssignmentPurpose) => t(`caseWork.purpose.${p}`);
  return (
    <Card
      size="small"
      title={t('caseWork.assignmentsTitle')}
      data-testid="section-assignments"
      extra={
        !detail.deletedAt && (
          <Button size="small" icon={<UserAddOutlined />} onClick={() => setOpen(true)} data-testid="assign-case">
            {t('caseWork.assign')}
          </Button>
        )
      }
    >
      {assignments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseWork.noAssignments')} />
      ) : (
        <Flex vertical gap={6}>
          {assignments.map((a) => (
            <Flex key={a.id} justify="space-between" align="center" gap={8}>
              <Space size={6} wrap>
                <Tag color={a.purpose === 'discipline' ? 'volcano' : 'geekblue'} bordered={false}>
                  {purposeLabel(a.purpose)}
                </Tag>
                <Typography.Text>{a.displayName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {a.createdAt.slice(0, 10)}
                </Typography.Text>
              </Space>
              <Popconfirm
                title={t('caseWork.unassignConfirm', { name: a.displayName })}
                onConfirm={() =>
                  unassign.mutate(a.id, {
                    onSuccess: () => message.success(t('caseWork.unassigned')),
                    onError: (err) => message.error(errorMessage(err, t)),
                  })
                }
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('caseWork.unassign')} />
              </Popconfirm>
            </Flex>
          ))}
        </Flex>
      )}
      <AssignModal caseId={detail.id} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}

function AssignModal({ caseId, open, onClose }: { caseId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [purpose, setPurpose] = useState<AssignmentPurpose>('expert_review');
  const [userId, setUserId] = useState<string | undefined>();
  const assignable = useAssignable(purpose, open);
  const assign = useAssign(caseId);
  return (
    <Modal
      open={open}
      title={t('caseWork.assign')}
      okText={t('caseWork.assignOk')}
      cancelText={t('caseWork.cancel')}
      okButtonProps={{ disabled: !userId }}
      confirmLoading={assign.isPending}
      onCancel={onClose}
      onOk={() =>
        userId &&
        assign.mutate(
          { userId, purpose },
          {
            onSuccess: () => {
              message.success(t('caseWork.assigned'));
              setUserId(undefined);
              onClose();
            },
            onError: (err) => message.error(errorMessage(err, t)),
          },
        )
      }
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Radio.Group
          value={purpose}
          onChange={(e) => {
            setPurpose(e.target.value as AssignmentPurpose);
            setUserId(undefined);
          }}
          options={[
            { value: 'expert_review', label: t('caseWork.purpose.expert_review') },
            { value: 'discipline', label: t('caseWork.purpose.discipline') },
          ]}
        />
        <Typography.Text type="secondary">{t(`caseWork.purposeHelp.${purpose}`)}</Typography.Text>
        <Select
          showSearch
          optionFilterProp="label"
          placeholder={t('caseWork.choosePerson')}
          loading={assignable.isLoading}
          value={userId}
          onChange={setUserId}
          notFoundContent={t('caseWork.nobody')}
          options={(assignable.data?.items ?? []).map((u) => ({
            value: u.id,
            label: u.regionName ? t('common.note', { text: u.displayName, note: u.regionName }) : u.displayName,
          }))}
          data-testid="assign-user"
        />
      </Flex>
    </Modal>
  );
}
