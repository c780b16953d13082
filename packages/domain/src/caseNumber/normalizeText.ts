/**
 * Character-level clean-up of a case number as printed: full-width digits and letters → half-width; (), [], 〔〕,
 * 【】, ［］, 〖〗 → （）; whitespace (including U+3000 and zero-width characters) removed; traditional characters
 * that occur in case numbers → simplified (號 → 号, 終 → 终, 蘇 → 苏 …). Returns the input itself when nothing changes.
 */
export function normalizeText(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | undefined;
    if (c < 0x80) {
      if (c <= 0x20) replacement = '';
      else if (c === 0x28 || c === 0x5b) replacement = '（';
      else if (c === 0x29 || c === 0x5d) replacement = '）';
      else continue;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      if (c === 0xff08 || c === 0xff09) continue;
      replacement = c === 0xff3b ? '（' : c === 0xff3d ? '）' : String.fromCharCode(c - 0xfee0);
    } else {
      replacement = CHAR_MAP.get(c);
      if (replacement === undefined) continue;
    }
    out += text.slice(copied, i) + replacement;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ['〔【〖⦅｟', '（'],
  ['〕】〗⦆｠', '）'],
];
const INVISIBLE =
  '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u3000\ufeff';
/** Traditional → simplified, pairwise: characters of type codes, province abbreviations and common court names. */
const TRADITIONAL =
  '號号終终審审賠赔監监轄辖執执異异復复強强財财證证醫医沒没協协請请國国權权訴诉護护' +
  '滬沪蘇苏閩闽贛赣粵粤陝陕寧宁遼辽瓊琼雲云晉晋內内' +
  '區区廣广東东門门漢汉陽阳島岛開开發发臺台灣湾縣县鎮镇鄉乡華华龍龙豐丰興兴寶宝嶺岭長长鐵铁運运輸输級级經经濟济' +
  // 魯 and the characters of legacy court codes (煙台 → 烟台, 瀋陽 → 沈阳, 連雲港 → 连云港 …), as traditional-script sites print them
  '魯鲁慶庆連连錫锡蘭兰瀋沈濱滨齊齐爾尔紹绍溫温黃黄蕪芜滄沧鄭郑許许貴贵烏乌馬马麗丽蕭萧張张衛卫邊边關关' +
  '農农墾垦師师團团礦矿業业鹽盐場场橋桥漁渔軍军廈厦陸陆臨临莊庄順顺義义雙双煙烟揚扬蘆芦樂乐綿绵' +
  '銅铜錦锦撫抚鶴鹤雞鸡齡龄館馆灤滦滙汇聯联誠诚從从貫贯';

const CHAR_MAP: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (const [from, to] of BRACKETS) for (const ch of from) map.set(ch.charCodeAt(0), to);
  for (const ch of INVISIBLE) map.set(ch.charCodeAt(0), '');
  for (let i = 0; i < TRADITIONAL.length; i += 2) map.set(TRADITIONAL.charCodeAt(i), TRADITIONAL[i + 1]!);
  return map;
})();
