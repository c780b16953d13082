/** 导出 Excel for a figure table (issue 14: every figure table as .xlsx): the table as shown, built when clicked. */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { downloadXlsx, type ExportTable } from './exportTable.js';

export function ExportXlsxButton({
  fileName,
  table,
  testId,
}: {
  fileName: string;
  /** The table to write, or null while there is none (the button is then disabled). */
  table: (() => ExportTable) | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      disabled={!table}
      data-testid={testId}
      onClick={async () => {
        if (!table) return;
        try {
          await downloadXlsx(fileName, table());
        } catch (err) {
          message.error(errorMessage(err, t));
        }
      }}
    >
      {t('workbench.exportXlsx')}
    </Button>
  );
}
