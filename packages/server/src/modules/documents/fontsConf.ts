/**
 * Font fall-back for rendering official documents to PDF (render.ts writes this as the FONTCONFIG_FILE of the
 * LibreOffice it runs): the fonts GB/T 9704 names are rarely installed on a server, so each falls back to the closest
 * face the machine has — 仿宋/楷体/宋体/小标宋 to a serif CJK face (Noto Serif CJK SC, then AR PL UMing), 黑体 to a sans
 * CJK face (Noto Sans CJK SC, then WenQuanYi Zen Hei). The machine's own configuration is included first.
 */
export const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>FangSong</family><family>Noto Serif CJK SC</family><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>仿宋</family><prefer><family>FangSong</family><family>Noto Serif CJK SC</family><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>KaiTi</family><family>Noto Serif CJK SC</family><family>AR PL UKai CN</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>SimSun</family><family>Noto Serif CJK SC</family><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>SimHei</family><family>Noto Sans CJK SC</family><family>WenQuanYi Zen Hei</family></prefer></alias>
</fontconfig>
`;
