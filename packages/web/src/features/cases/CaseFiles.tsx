/**
 * 文书 on the case detail: the case's uploaded judgments (GET /cases/:id/files) with a download link each (the server
 * sends the original file with its name), and — for those who may update the case — the judgment upload
 * (POST /cases/:id/judgment: PDF, DOCX or TXT), whose outcome proposal is shown for the user to check.
 */
import { DownloadOutlined, FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE, api } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import { ALL_CASE_OUTCOMES, caseOutcomeLabel } from './domain.js';
import { chinaDateTime, outcomeLabel } from './format.js';

/*
 * GET /cases/:id/files and POST /cases/:id/judgment declare no response schema on the server (a file list and a
 * multipart upload in the imports module), so the generated contract has no type for them yet: these two are the
 * web's only hand-written response types, to be replaced by ApiResponse<…> once those routes declare theirs.
 */
export interface CaseFile {
  id: string;
  purpose: string;
  fileName: string;
  type: 'pdf' | 'docx' | 'txt' | null;
  mimeType: string;
  size: number;
  createdAt: string;
  createdByName: string | null;
  /** The proposed outcome's Chinese label (the file list sends no code: see outcomeOfLabel). */
  outcomeLabel: string | null;
}

export interface JudgmentProposal {
  fileId: string;
  fileName: string;
  type: 'pdf' | 'docx' | 'txt';
  outcome: string | null;
  outcomeLabel: string | null;
  governmentLost: boolean | null;
  outcomeText: string | null;
  citedCaseNumbers: string[];
}

/** The outcome (of any kind) whose domain label this is (the file list sends the label only), or null. */
function outcomeOfLabel(label: string | null): string | null {
  return (label && ALL_CASE_OUTCOMES.find((c) => caseOutcomeLabel(c) === label)) || null;
}

const filesKey = (caseId: string) => ['cases', 'files', caseId] as const;

export const caseFileUrl = (caseId: string, fileId: string) =>
  `${API_BASE}/cases/${encodeURIComponent(caseId)}/files/${encodeURIComponent(fileId)}`;

const uploadJudgment = (caseId: string, file: File) =>
  api.upload<JudgmentProposal>(`/cases/${encodeURIComponent(caseId)}/judgment`, file, file.name);

function humanSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function CaseFilesSection({ caseId, canUpload }: { caseId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const files = useQuery({
    queryKey: filesKey(caseId),
    queryFn: ({ signal }) =>
      api.get<{ items: CaseFile[] }>(`/cases/${encodeURIComponent(caseId)}/files`, { signal }).then((r) => r.items),
  });
  const [proposal, setProposal] = useState<JudgmentProposal | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadJudgment(caseId, file),
    onSuccess: async (p) => {
      setProposal(p);
      message.success(t('caseFiles.uploaded', { file: p.fileName }));
      await qc.invalidateQueries({ queryKey: filesKey(caseId) });
    },
    onError: (err) => message.error(errorMessage(err, t)),
  });

  return (
    <Card
      size="small"
      title={t('caseFiles.title')}
      data-testid="section-files"
      extra={
        canUpload && (
          <Upload
            accept=".pdf,.docx,.txt,application/pdf,text/plain"
            showUploadList={false}
            beforeUpload={(file) => {
              setProposal(null);
              upload.mutate(file as unknown as File);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid="judgment-upload">
              {t('caseFiles.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {canUpload && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {t('caseFiles.uploadHint')}
        </Typography.Paragraph>
      )}
      {proposal && (
        <Alert
          type={proposal.outcomeLabel ? 'info' : 'warning'}
          showIcon
          closable
          onClose={() => setProposal(null)}
          style={{ marginBottom: 8 }}
          message={
            proposal.outcomeLabel
              ? t('caseFiles.proposal', { outcome: outcomeLabel(t, proposal.outcome, proposal.outcomeLabel) })
              : t('caseFiles.noProposal')
          }
          data-testid="judgment-proposal"
        />
      )}
      <List<CaseFile>
        size="small"
        loading={files.isLoading}
        dataSource={files.data ?? []}
        locale={{ emptyText: files.isError ? errorMessage(files.error, t) : t('caseFiles.empty') }}
        renderItem={(f) => (
          <List.Item
            data-testid="case-file"
            actions={[
              <a
                key="download"
                href={caseFileUrl(caseId, f.id)}
                download={f.fileName}
                aria-label={t('caseFiles.download')}
              >
                <DownloadOutlined />
              </a>,
            ]}
          >
            <List.Item.Meta
              avatar={<FileTextOutlined />}
              title={
                <a href={caseFileUrl(caseId, f.id)} download={f.fileName} data-testid="case-file-link">
                  {f.fileName}
                </a>
              }
              description={
                <>
                  {t('caseFiles.meta', {
                    size: humanSize(f.size),
                    by: f.createdByName ?? '—',
                    at: chinaDateTime(f.createdAt),
                  })}
                  {f.outcomeLabel ? ` · ${outcomeLabel(t, outcomeOfLabel(f.outcomeLabel), f.outcomeLabel)}` : ''}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
