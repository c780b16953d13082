/** The steps the caller may take on a filing: export .xlsx; the filler's recount and submit (上报); return with a comment, accept. */
import { App, Button, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { type Filing, useFilingStep, useReturnFiling, xlsxUrl } from './api.js';

export function FilingActions({ filing, editable }: { filing: Filing; editable: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const recount = useFilingStep(filing.id, 'recount');
  const submit = useFilingStep(filing.id, 'submit');
  const accept = useFilingStep(filing.id, 'accept');
  const ret = useReturnFiling(filing.id);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const onError = (e: Error) => message.error(errorMessage(e, t));
  const failed = filing.checks.some((c) => !c.ok);
  return (
    <>
      <Flex gap={8} wrap>
        <Button href={xlsxUrl(filing.id)} download>
          {t('statistics.export')}
        </Button>
        {editable && (
          <Button loading={recount.isPending} onClick={() => recount.mutate({ version: filing.version }, { onError })}>
            {t('statistics.recount')}
          </Button>
        )}
        {editable && (
          <Button
            type="primary"
            loading={submit.isPending}
            disabled={failed}
            onClick={() =>
              modal.confirm({
                title: t('statistics.submitConfirm'),
                onOk: () => submit.mutateAsync({ version: filing.version }).catch(onError),
              })
            }
          >
            {t('statistics.submit')}
          </Button>
        )}
        {filing.can.review && filing.status === 'submitted' && (
          <>
            <Button danger onClick={() => setReturning(true)}>
              {t('statistics.return')}
            </Button>
            <Button
              type="primary"
              loading={accept.isPending}
              onClick={() => accept.mutate({ version: filing.version }, { onError })}
            >
              {t('statistics.accept')}
            </Button>
          </>
        )}
      </Flex>
      <Modal
        open={returning}
        title={t('statistics.returnTitle')}
        okText={t('statistics.return')}
        confirmLoading={ret.isPending}
        onCancel={() => setReturning(false)}
        onOk={() =>
          ret.mutate(
            { version: filing.version, comment },
            {
              onSuccess: () => {
                setReturning(false);
                setComment('');
              },
              onError,
            },
          )
        }
      >
        <Input.TextArea
          aria-label={t('statistics.returnComment')}
          placeholder={t('statistics.returnComment')}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
    </>
  );
}
