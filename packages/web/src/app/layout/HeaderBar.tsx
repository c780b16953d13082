import {
  DownOutlined,
  FontSizeOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Breadcrumb, Button, Dropdown, Flex, Layout, Switch, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { NotificationBell } from '../../features/notifications/NotificationBell.js';
import { announce } from '../a11y/LiveRegion.js';
import { useAuth, useCurrentUser } from '../auth/AuthProvider.js';
import { roleLabel } from '../auth/session.js';
import { navTrail } from '../navigation.js';
import { saveTextSize, useTextSize } from '../prefs/textSize.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** The user's place in the organisation: "agency · region", whichever parts exist. */
export function userScope(user: { agencyName: string | null; regionName: string | null }): string {
  return [user.regionName, user.agencyName].filter(Boolean).join(' · ');
}

export function HeaderBar({ isPhone, onOpenMenu }: { isPhone: boolean; onOpenMenu: () => void }) {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const scope = userScope(user);
  const trail = navTrail(useLocation().pathname);
  const large = useTextSize(user.id) === 'large';

  return (
    <Layout.Header
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 10,
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        height: 56,
        lineHeight: '56px',
        paddingInline: isPhone ? 8 : 20,
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      {isPhone && (
        <>
          <Button
            type="text"
            icon={<MenuOutlined />}
            onClick={onOpenMenu}
            aria-label={t('nav.openMenu')}
            data-testid="open-menu"
          />
          <Typography.Text strong style={{ color: token.colorPrimary, fontSize: 16, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Text>
        </>
      )}
      {!isPhone && <Breadcrumb items={trail.map((key) => ({ key, title: t(key) }))} style={{ fontSize: 15 }} />}
      <div style={{ flex: 1 }} />
      <NotificationBell />
      <LanguageSwitch compact={isPhone} />
      <Dropdown
        trigger={['click']}
        // Opened with Enter, the menu takes focus: arrow keys choose, Escape closes and returns to the button.
        autoFocus
        menu={{
          items: [
            {
              key: 'who',
              type: 'group',
              label: (
                <div style={{ lineHeight: 1.6, maxWidth: 260 }}>
                  <div>{user.displayName}</div>
                  <div>{t('common.labelled', { label: t('header.role'), value: roleLabel(user, t) })}</div>
                  {scope && (
                    <div>
                      {t('common.labelColon', { label: t('header.scope') })}
                      {scope}
                    </div>
                  )}
                </div>
              ),
            },
            { type: 'divider' },
            {
              key: 'textSize',
              icon: <FontSizeOutlined />,
              label: (
                <Flex align="center" justify="space-between" gap={16} data-testid="text-size-toggle">
                  {t('a11y.largerText')}
                  {/* The item itself is the control; the switch only shows its state. */}
                  <Switch size="small" checked={large} tabIndex={-1} aria-hidden />
                </Flex>
              ),
            },
            { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') },
            { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'logout') void logout();
            if (key === 'password') navigate('/password');
            if (key === 'textSize') {
              saveTextSize(user.id, large ? 'normal' : 'large');
              announce(t(large ? 'a11y.largerTextOff' : 'a11y.largerTextOn'));
            }
          },
        }}
      >
        <Button
          type="text"
          style={{ height: 44, paddingInline: 8 }}
          data-testid="user-menu"
          // On a desktop the button is named by what it shows (WCAG 2.5.3); on a phone it shows only the avatar.
          aria-label={isPhone ? t('header.account') : undefined}
        >
          <Flex align="center" gap={8}>
            <Avatar size={28} icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
            {!isPhone && (
              <Flex vertical align="flex-start" style={{ lineHeight: 1.25 }}>
                <span>
                  <Typography.Text strong>{user.displayName}</Typography.Text>
                  <Tag color="blue" bordered={false} style={{ marginInlineStart: 8, marginInlineEnd: 0 }}>
                    {roleLabel(user, t)}
                  </Tag>
                </span>
                {scope && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {scope}
                  </Typography.Text>
                )}
              </Flex>
            )}
            <DownOutlined style={{ fontSize: 10, color: token.colorTextTertiary }} />
          </Flex>
        </Button>
      </Dropdown>
    </Layout.Header>
  );
}
