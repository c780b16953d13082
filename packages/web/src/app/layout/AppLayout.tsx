import { Drawer, Grid, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { DemoBanner } from '../../features/auth/DemoBanner.js';
import { MAIN_CONTENT_ID, SkipLink } from '../a11y/SkipLink.js';
import { FullPageSpin } from '../auth/RequireAuth.js';
import { SIDER_BG } from '../theme.js';
import { Brand } from './Brand.js';
import { HeaderBar } from './HeaderBar.js';
import { SideMenu } from './SideMenu.js';

const COLLAPSED_KEY = 'shuangjiang.siderCollapsed';

/**
 * The signed-in frame: side menu + header + page. At md and wider the menu is a Sider (collapsible, remembered);
 * on phones it is a Drawer opened from the header. Landmarks for screen readers: header, nav (the menu), main (the
 * page, target of the skip link that is the first Tab stop).
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
      <SkipLink />
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
          <nav aria-label={t('a11y.mainNav')}>
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </nav>
        </Drawer>
      ) : (
        // The column behind the sticky menu carries its colour down the whole page, however long.
        <div style={{ background: SIDER_BG, flex: 'none' }} data-testid="sider-column">
          <Layout.Sider
            width={220}
            collapsedWidth={64}
            collapsible
            collapsed={collapsed}
            onCollapse={toggle}
            trigger={
              // A real button, so the toggle is reachable with Tab and named for screen readers (the bar is a div).
              <button
                type="button"
                aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
                aria-expanded={!collapsed}
                title={collapsed ? t('nav.expand') : t('nav.collapse')}
                style={{
                  width: '100%',
                  height: '100%',
                  background: 'none',
                  border: 0,
                  color: 'inherit',
                  cursor: 'pointer',
                }}
              >
                {collapsed ? '»' : '«'}
              </button>
            }
            style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
            data-testid="sider"
          >
            <Brand collapsed={collapsed} />
            <nav aria-label={t('a11y.mainNav')}>
              <SideMenu collapsed={collapsed} />
            </nav>
          </Layout.Sider>
        </div>
      )}
      <Layout>
        <HeaderBar isPhone={isPhone} onOpenMenu={() => setDrawerOpen(true)} />
        <DemoBanner />
        <Layout.Content id={MAIN_CONTENT_ID} tabIndex={-1} style={{ padding: isPhone ? 12 : 20, outline: 'none' }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
