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

/** Base font size (px) of the normal and of the larger-text mode (适老化: 16 → 20 for older eyes). */
export const FONT_SIZE = { normal: 14, large: 18 } as const;
export type TextSize = keyof typeof FONT_SIZE;

/**
 * Text colours that keep the lighter look of secondary text but reach WCAG 2.1 AA contrast (4.5:1) on white, on the
 * page background (#f2f4f7) and on the light tints of tags and alerts. antd's defaults (black at 45 % for tertiary
 * and description text, 25 % for placeholders; the preset tag colours' shade 7 for orange, green, gold …) are 2–3.5:1.
 * Set here once so no page needs its own colour.
 */
export const ACCESSIBLE_COLOURS = {
  colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  // Also the colour of empty-list texts ("暂无文书"); disabled controls still look disabled by their grey fill.
  colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
  colorTextLabel: 'rgba(0, 0, 0, 0.68)',
  colorError: '#c41d25',
  colorSuccess: '#237804',
  colorWarning: '#ad4e00',
  // antd derives the status tints (success/error/warning tags and alerts) from the darker colours above, which gives a
  // grey-green tag behind #237804 (2.7:1, seen by axe on 数据库备份): keep antd's own light tints instead.
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorErrorBg: '#fff2f0',
  colorErrorBorder: '#ffccc7',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#ffe58f',
  // Text colours of the preset tag colours (antd uses shade 7 of each palette for a tag's text).
  orange7: '#ad4e00',
  green7: '#237804',
  gold7: '#875200',
  volcano7: '#ad2102',
  cyan7: '#006d75',
  lime7: '#3f6600',
  yellow7: '#7a5e00',
  magenta7: '#a8116b',
} as const;

/** antd theme: default algorithm, deep-blue primary, restrained radii, dark navy side menu; accessible text colours. */
export function appTheme(textSize: TextSize = 'normal', phone = false): ThemeConfig {
  const fontSize = FONT_SIZE[textSize];
  // Phones: every control at least 44 px high, a finger's width (适老化); the larger-text mode a little more.
  const controls = phone
    ? { controlHeight: 44, controlHeightSM: 44, controlHeightLG: 48 }
    : textSize === 'large'
      ? { controlHeight: 38, controlHeightLG: 46, controlHeightSM: 30 }
      : {};
  return {
    token: {
      colorPrimary: PRIMARY,
      colorInfo: PRIMARY,
      colorLink: PRIMARY,
      borderRadius: 4,
      fontFamily: FONT_FAMILY,
      colorBgLayout: '#f2f4f7',
      fontSize,
      // Controls grow with the text so the larger mode does not clip labels.
      ...controls,
      ...ACCESSIBLE_COLOURS,
    },
    components: {
      Layout: { siderBg: SIDER_BG, triggerBg: '#0b2240', headerBg: '#ffffff', headerPadding: '0 20px' },
      Menu: {
        darkItemBg: SIDER_BG,
        darkSubMenuItemBg: '#0b2240',
        darkItemSelectedBg: PRIMARY,
        // Light enough on the navy menu for 4.5:1 (antd's default is white at 65 %).
        darkItemColor: 'rgba(255, 255, 255, 0.82)',
        itemHeight: textSize === 'large' ? 48 : 44,
      },
      Card: { headerFontSize: fontSize + 1 },
    },
  };
}
