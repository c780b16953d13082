/**
 * The mapping step of an import: every column of the file's header and how it is read — by its name, guessed from a
 * name the importer knows (a synonym), by the mapping, ignored, or not read at all — each with a choice of one of the
 * template's fields or 忽略. Columns that are not read come first, under a warning that names them: a clerk must not
 * learn from the figures afterwards that a column was skipped. Any column can be changed, a recognised one too (a
 * guess can be wrong). "Check again" uploads the same file with the mapping (which the server remembers for this
 * ledger layout and the user's region, and applies by itself next time). A job shown after a reload has no file in
 * the page: the button then asks for the file again (`needsFile`).
 */
import { Alert, Button, Card, Collapse, Select, Table, Tag, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ColumnUse, ImportJob, MappableField } from './api.js';

const IGNORE = '__ignore__';
type Choice = MappableField | typeof IGNORE;

const HOW_COLOR: Record<ColumnUse['how'], string> = {
  unmapped: 'orange',
  synonym: 'gold',
  header: 'green',
  mapping: 'blue',
  ignored: 'default',
};

/** The job's columns; a job checked before they were kept has only its unmapped ones. */
export function columnsOf(job: ImportJob): ColumnUse[] {
  if (job.columns?.length) return job.columns;
  return (job.unmappedColumns ?? []).map((u) => ({ ...u, field: null, how: 'unmapped' as const }));
}

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
  const columns = columnsOf(job);
  const unmapped = columns.filter((c) => c.how === 'unmapped');
  const rows = [...unmapped, ...columns.filter((c) => c.how !== 'unmapped')];
  const [choice, setChoice] = useState<Record<string, Choice>>({});
  const options = useMemo(
    () => [
      { value: IGNORE, label: t('importMapping.ignore') },
      ...(job.mappableFields ?? []).map((f) => ({ value: f.key, label: f.header })),
    ],
    [job.mappableFields, t],
  );
  const current = (c: ColumnUse): Choice => c.field ?? IGNORE;
  const changed = columns.filter((c) => choice[c.header] !== undefined && choice[c.header] !== current(c));

  if (columns.length === 0) {
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
    for (const c of changed) {
      const v = choice[c.header];
      mapping[c.header] = v === undefined || v === IGNORE ? null : v;
    }
    onApply(mapping, file);
  };

  const table = (
    <Table<ColumnUse>
      size="small"
      rowKey="index"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('importMapping.column'), dataIndex: 'letter', width: 80 },
        { title: t('importMapping.header'), dataIndex: 'header' },
        {
          title: t('importMapping.how'),
          dataIndex: 'how',
          width: 140,
          render: (how: ColumnUse['how']) => <Tag color={HOW_COLOR[how]}>{t(`importMapping.how_${how}`)}</Tag>,
        },
        {
          title: t('importMapping.field'),
          key: 'field',
          width: 260,
          render: (_, c) => (
            <Select
              style={{ width: '100%' }}
              showSearch
              optionFilterProp="label"
              value={choice[c.header] ?? current(c)}
              options={options}
              onChange={(v: Choice) => setChoice((all) => ({ ...all, [c.header]: v }))}
              data-testid={`import-mapping-${c.letter}`}
            />
          ),
        },
      ]}
    />
  );

  const action =
    unmapped.length === 0 && changed.length === 0 ? null : needsFile ? (
      <>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('importMapping.fileNeeded', { file: job.fileName })}
        </Typography.Paragraph>
        <Upload
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
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
    );

  if (unmapped.length === 0) {
    // Every column is read: the list stays folded, open to correct a guess.
    return (
      <>
        {job.mappingSource === 'remembered' && (
          <Alert type="info" showIcon message={t('importMapping.remembered')} data-testid="import-mapping-remembered" />
        )}
        <Collapse
          size="small"
          data-testid="import-columns"
          items={[
            {
              key: 'columns',
              label: t('importMapping.allRead', { count: columns.length }),
              children: (
                <>
                  <Typography.Paragraph type="secondary">{t('importMapping.introAll')}</Typography.Paragraph>
                  {table}
                  {action}
                </>
              ),
            },
          ]}
        />
      </>
    );
  }

  return (
    <Card size="small" title={t('importMapping.title', { count: unmapped.length })} data-testid="import-mapping">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="import-unmapped-alert"
        message={t('importMapping.notRead', {
          count: unmapped.length,
          columns: unmapped.map((c) => `${c.letter} ${c.header}`).join(t('importMapping.listSeparator')),
        })}
      />
      <Typography.Paragraph type="secondary">{t('importMapping.intro')}</Typography.Paragraph>
      {table}
      {action}
    </Card>
  );
}
