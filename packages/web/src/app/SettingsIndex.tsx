import { Navigate } from 'react-router-dom';
import { useCurrentUser } from './auth/AuthProvider.js';
import { NAVIGATION, permissionList, visibleNavigation } from './navigation.js';

/** /settings: the first settings page the signed-in role may use (users for administrators, else the calendar…). */
export function SettingsIndex() {
  const settings = visibleNavigation(NAVIGATION, permissionList(useCurrentUser())).find((i) => i.path === '/settings');
  return <Navigate to={settings?.children?.[0]?.path ?? '/settings/sessions'} replace />;
}
