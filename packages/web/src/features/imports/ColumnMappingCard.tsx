/**
 * The mapping step of an import: the header columns the server did not recognise, each with a choice of one of the
 * template's fields or 忽略; "check again" uploads the same file with the mapping (which the server remembers for this
 * ledger layout and the user's region, and applies by itself next time). A job shown after a reload has no file in
 * the page: the button then asks for the file again (`needsFile`).
 */
import { Alert, Button, Card, Select, Table, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportJob, UnmappedColumn } from './api.js';

const IGNORE = '__ignore__';

export function ColumnMappingCard({
  job,
  busy,
  needsFile = false,
  onApply,
}: {
  job: ImportJob;
  busy: boolean;
  /** The file is not at hand (a stored job shown after a reload): choosing it again applies the mapping. */
  needsFile?: boolean;
  onApply: (mapping: ColumnMapping, file?: File) => void;
}) {
  const { t } = useTranslation();
  const unmapped = job.unmappedColumns ?? [];
  const [choice, setChoice] = useState<Record<string, string>>({});
  const options = useMemo(
    () => [
      { value: IGNORE, label: t('importMapping.ignore') },
      ...(job.mappableFields ?? []).map((f) => ({ value: f.key, label: f.header })),
    ],
    [job.mappableFields, t],
  );

  if (unmapped.length === 0) {
    return job.mappingSource === 'remembered' ? (
      <Alert type="info" showIcon message={t('importMapping.remembered')} data-testid="import-mapping-remembered" />
    ) : null;
  }

  const apply = (file?: File) => {
    const mapping: ColumnMapping = { ...(job.appliedMapping ?? {}) };
    for (const u of unmapped) {
      const v = choice[u.header] ?? IGNORE;
      mapping[u.header] = v === IGNORE ? null : v;
    }
    onApply(mapping, file);
  };

  return (
    <Card size="small" title={t('importMapping.title', { count: unmapped.length })} data-testid="import-mapping">
      <Typography.Paragraph type="secondary">{t('importMapping.intro')}</Typography.Paragraph>
      <Table<UnmappedColumn>
        size="small"
        rowKey="index"
        pagination={false}
        dataSource={unmapped}
        columns={[
          { title: t('importMapping.column'), dataIndex: 'letter', width: 80 },
          { title: t('importMapping.header'), dataIndex: 'header' },
          {
            title: t('importMapping.field'),
            key: 'field',
            width: 260,
            render: (_, u) => (
              <Select
                style={{ width: '100%' }}
                showSearch
                optionFilterProp="label"
                value={choice[u.header] ?? IGNORE}
                options={options}
                onChange={(v: string) => setChoice((c) => ({ ...c, [u.header]: v }))}
                data-testid={`import-mapping-${u.letter}`}
              />
            ),
          },
        ]}
      />
      {needsFile ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('importMapping.fileNeeded', { file: job.fileName })}
          </Typography.Paragraph>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              apply(file as unknown as File);
              return false;
            }}
          >
            <Button type="primary" loading={busy} data-testid="import-mapping-apply">
              {t('importMapping.applyWithFile')}
            </Button>
          </Upload>
        </>
      ) : (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={busy}
          onClick={() => apply()}
          data-testid="import-mapping-apply"
        >
          {t('importMapping.apply')}
        </Button>
      )}
    </Card>
  );
}
