import type { ThemeConfig } from 'antd';

/** Deep government blue. */
export const PRIMARY = '#1d4f91';
export const SIDER_BG = '#0f2a4f';

const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

/** antd theme: default algorithm, deep-blue primary, restrained radii, dark navy side menu. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorInfo: PRIMARY,
    colorLink: PRIMARY,
    borderRadius: 4,
    fontFamily: FONT_FAMILY,
    colorBgLayout: '#f2f4f7',
  },
  components: {
    Layout: { siderBg: SIDER_BG, triggerBg: '#0b2240', headerBg: '#ffffff', headerPadding: '0 20px' },
    Menu: {
      darkItemBg: SIDER_BG,
      darkSubMenuItemBg: '#0b2240',
      darkItemSelectedBg: PRIMARY,
      itemHeight: 42,
    },
    Card: { headerFontSize: 15 },
  },
};
