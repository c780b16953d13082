import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../auth/AuthProvider.js';
import { NAVIGATION, type NavItem, permissionList, selectedNavPath, visibleNavigation } from '../navigation.js';

type MenuItem = Required<MenuProps>['items'][number];

/** The product areas as an antd Menu; used in the desktop Sider and in the phone Drawer. */
export function SideMenu({ collapsed = false, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { selected, openParent } = selectedNavPath(location.pathname);
  // Areas the role cannot use are not offered (the pages and the server refuse them anyway).
  const items = visibleNavigation(NAVIGATION, permissionList(useCurrentUser()));

  const toItem = (item: NavItem): MenuItem =>
    item.children
      ? { key: item.path, icon: item.icon, label: t(item.label), children: item.children.map(toItem) }
      : { key: item.path, icon: item.icon, label: t(item.label) };

  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected]}
      defaultOpenKeys={openParent && !collapsed ? [openParent] : []}
      items={items.map(toItem)}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
