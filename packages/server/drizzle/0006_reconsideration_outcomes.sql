-- Reconsideration and pre-litigation cases record outcomes in their own terms (行政复议法 2023 arts. 30, 33, 41, 63–74;
-- a resolution centre's 调解成功 / 撤回 / 调解不成) instead of a court's (判决驳回诉讼请求, 裁定驳回起诉 …). Codes are
-- text, so no column changes: existing rows are translated, their 败诉/纠错 flag is the same under both codes, and the
-- timeline's "结案：…" entries are reworded. A court category with no counterpart (上诉, 再审) is left as it was.
update cases set outcome = m.to_code
from (values
  ('reconsideration', 'CLAIMS_REJECTED', 'RECON_UPHELD'),
  ('reconsideration', 'REVOKED', 'RECON_REVOKED'),
  ('reconsideration', 'ORDERED_TO_PERFORM', 'RECON_ORDERED_TO_PERFORM'),
  ('reconsideration', 'ORDERED_TO_PAY', 'RECON_ORDERED_TO_PERFORM'),
  ('reconsideration', 'CONFIRMED_ILLEGAL', 'RECON_CONFIRMED_ILLEGAL'),
  ('reconsideration', 'CONFIRMED_VOID', 'RECON_CONFIRMED_VOID'),
  ('reconsideration', 'ALTERED', 'RECON_ALTERED'),
  ('reconsideration', 'AGREEMENT_REMEDY', 'RECON_AGREEMENT_REMEDY'),
  ('reconsideration', 'SUIT_DISMISSED', 'RECON_APPLICATION_DISMISSED'),
  ('reconsideration', 'NOT_ACCEPTED', 'RECON_NOT_ACCEPTED'),
  ('reconsideration', 'WITHDRAWN', 'RECON_WITHDRAWN'),
  ('reconsideration', 'WITHDRAWN_AFTER_CHANGE', 'RECON_WITHDRAWN'),
  ('reconsideration', 'MEDIATED', 'RECON_MEDIATED'),
  ('reconsideration', 'TERMINATED', 'RECON_TERMINATED'),
  ('dispute', 'MEDIATED', 'DISPUTE_MEDIATED'),
  ('dispute', 'WITHDRAWN', 'DISPUTE_WITHDRAWN'),
  ('dispute', 'TERMINATED', 'DISPUTE_UNRESOLVED')
) as m(kind, from_code, to_code)
where cases.kind = m.kind and cases.outcome = m.from_code;
--> statement-breakpoint
update case_events set title = '结案：' || m.to_label
from cases, (values
  ('reconsideration', '判决驳回诉讼请求', '决定维持'),
  ('reconsideration', '判决撤销', '决定撤销（部分撤销、责令重作）'),
  ('reconsideration', '判决履行法定职责', '责令履行法定职责'),
  ('reconsideration', '判决履行给付义务', '责令履行法定职责'),
  ('reconsideration', '判决确认违法', '决定确认违法'),
  ('reconsideration', '判决确认无效', '决定确认无效'),
  ('reconsideration', '判决变更', '决定变更'),
  ('reconsideration', '行政协议继续履行、补救、赔偿或补偿', '行政协议：责令履行、补救、赔偿或补偿'),
  ('reconsideration', '裁定驳回起诉', '驳回行政复议申请'),
  ('reconsideration', '不予立案（不予受理）', '不予受理'),
  ('reconsideration', '准许撤诉（撤回）', '和解或撤回，准予撤回'),
  ('reconsideration', '被告改变行政行为后准许撤诉', '和解或撤回，准予撤回'),
  ('reconsideration', '调解结案', '复议调解'),
  ('reconsideration', '终结诉讼（终结审查、终止复议）', '终止行政复议'),
  ('dispute', '调解结案', '调解成功'),
  ('dispute', '准许撤诉（撤回）', '申请人撤回'),
  ('dispute', '终结诉讼（终结审查、终止复议）', '调解不成（转复议或诉讼）')
) as m(kind, from_label, to_label)
where case_events.case_id = cases.id and case_events.type = 'outcome' and cases.kind = m.kind
  and case_events.title = '结案：' || m.from_label;
