/** The list's tools: saved views (named filter sets) and the column chooser, both kept in localStorage. */
import { DeleteOutlined, FilterOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Dropdown, Flex, Form, Input, Modal, Popover, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_KEYS, type ColumnKey, FIXED_COLUMNS } from './caseColumns.js';
import { deleteView, loadViews, type SavedView, saveView } from './storage.js';

export function SavedViewsMenu({ currentQuery, onApply }: { currentQuery: string; onApply: (query: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [views, setViews] = useState<SavedView[]>(loadViews);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  // The dialog is opened from a menu item that is gone once it closes: focus goes back to the menu's button.
  const trigger = useRef<HTMLButtonElement>(null);

  const items = [
    ...(views.length === 0
      ? [{ key: '__none', disabled: true, label: t('cases.noViews') }]
      : views.map((v) => ({
          key: `view:${v.name}`,
          label: (
            <Flex justify="space-between" align="center" gap={16} style={{ minWidth: 180 }}>
              <span>{v.name}</span>
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('cases.deleteView')}
                onClick={(e) => {
                  e.stopPropagation();
                  setViews(deleteView(v.name));
                }}
              />
            </Flex>
          ),
        }))),
    { type: 'divider' as const },
    { key: '__save', label: t('cases.saveView') },
  ];

  return (
    <>
      <Dropdown
        trigger={['click']}
        autoFocus
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === '__save') setSaving(true);
            else if (key.startsWith('view:')) {
              const view = views.find((v) => `view:${v.name}` === key);
              if (view) onApply(view.query);
            }
          },
        }}
      >
        <Button ref={trigger} icon={<FilterOutlined />} data-testid="saved-views">
          {t('cases.views')}
        </Button>
      </Dropdown>
      <Modal
        open={saving}
        title={t('cases.saveView')}
        onCancel={() => setSaving(false)}
        onOk={() => form.submit()}
        afterClose={() => trigger.current?.focus()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={({ name }) => {
            setViews(saveView({ name: name.trim(), query: currentQuery }));
            setSaving(false);
            message.success(t('cases.viewSaved', { name: name.trim() }));
          }}
        >
          <Form.Item
            name="name"
            label={t('cases.viewName')}
            rules={[{ required: true, whitespace: true, message: t('cases.viewNameRequired') }]}
          >
            <Input maxLength={40} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function ColumnChooser({
  hidden,
  onChange,
  label,
}: {
  hidden: ColumnKey[];
  onChange: (hidden: ColumnKey[]) => void;
  label: (key: ColumnKey) => string;
}) {
  const { t } = useTranslation();
  const shown = COLUMN_KEYS.filter((k) => !hidden.includes(k));
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('cases.columns')}
      content={
        <Checkbox.Group
          value={shown}
          onChange={(values) => onChange(COLUMN_KEYS.filter((k) => !values.includes(k)))}
          style={{ display: 'grid', gap: 6 }}
        >
          {COLUMN_KEYS.map((k) => (
            <Checkbox key={k} value={k} disabled={FIXED_COLUMNS.has(k)}>
              <Typography.Text>{label(k)}</Typography.Text>
            </Checkbox>
          ))}
        </Checkbox.Group>
      }
    >
      <Button icon={<SettingOutlined />} data-testid="column-chooser">
        {t('cases.columns')}
      </Button>
    </Popover>
  );
}
