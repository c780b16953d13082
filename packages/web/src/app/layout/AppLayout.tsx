import { Drawer, Grid, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { FullPageSpin } from '../auth/RequireAuth.js';
import { SIDER_BG } from '../theme.js';
import { Brand } from './Brand.js';
import { HeaderBar } from './HeaderBar.js';
import { SideMenu } from './SideMenu.js';

const COLLAPSED_KEY = 'shuangjiang.siderCollapsed';

/**
 * The signed-in frame: side menu + header + page. At md and wider the menu is a Sider (collapsible, remembered);
 * on phones it is a Drawer opened from the header.
 */
export function AppLayout() {
  const screens = Grid.useBreakpoint();
  const { t } = useTranslation();
  const isPhone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');

  const toggle = (value: boolean) => {
    setCollapsed(value);
    localStorage.setItem(COLLAPSED_KEY, value ? '1' : '0');
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isPhone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={260}
          closable={false}
          styles={{ body: { padding: 0, background: SIDER_BG }, header: { display: 'none' } }}
          data-testid="menu-drawer"
        >
          <Brand />
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          width={220}
          collapsedWidth={64}
          collapsible
          collapsed={collapsed}
          onCollapse={toggle}
          trigger={<span title={collapsed ? t('nav.expand') : t('nav.collapse')}>{collapsed ? '»' : '«'}</span>}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
          data-testid="sider"
        >
          <Brand collapsed={collapsed} />
          <SideMenu collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout>
        <HeaderBar isPhone={isPhone} onOpenMenu={() => setDrawerOpen(true)} />
        <Layout.Content style={{ padding: isPhone ? 12 : 20 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
