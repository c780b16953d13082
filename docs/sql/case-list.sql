-- city coordinator: regionCode=329902&year=2025&status=concluded,closed
-- 1
select "path"
from "regions"
where "regions"."code" = $1;
-- 2
select "cases"."id",
 "cases"."kind",
 "cases"."case_number",
 "cases"."case_number_status",
 "cases"."instance",
 "cases"."court_agency_id",
 "court"."name",
 "cases"."region_code",
 "regions"."name",
 "cases"."first_defendant_agency_id",
 "first_defendant"."name",
 "cases"."plaintiff_count",
 "cases"."received_date",
 "cases"."filed_date",
 "cases"."cause_of_action",
 "cases"."act_kind",
 "cases"."domain",
 "cases"."status",
 "cases"."outcome",
 "cases"."outcome_date",
 "cases"."government_lost",
 "cases"."risk_level",
 "cases"."handler_user_id",
 "cases"."version",
 "cases"."deleted_at",
 "cases"."updated_at",
 "cases"."filed_date"::text,
 (select json_agg(json_build_object('name', p.name, 'partyType', p.party_type) order by p.sort_order) from (select "case_parties"."name" as name, "case_parties"."party_type" as party_type, "case_parties"."sort_order" as sort_order from "case_parties" where "case_parties"."case_id" = "cases"."id" and "case_parties"."side" = 'plaintiff' order by "case_parties"."sort_order" limit 3) p),
 (select min(coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"))::text from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open'),
 (select "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open' and coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date") is not null order by coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"), "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" desc limit 1)
from "cases"
left join "agencies" "court" on "court"."id" = "cases"."court_agency_id"
left join "agencies" "first_defendant" on "first_defendant"."id" = "cases"."first_defendant_agency_id"
left join "regions" on "regions"."code" = "cases"."region_code"
where ("cases"."region_path" like $1 and "cases"."deleted_at" is null and "cases"."status" in ($2, $3) and "cases"."filed_date" >= $4::date and "cases"."filed_date" < $5::date and "cases"."region_path" like $6)
order by "cases"."filed_date" desc nulls last, "cases"."id" desc nulls last
limit $7;
-- 3
select count(*) as n
from (select 1 from "cases" where ("cases"."region_path" like $1 and "cases"."deleted_at" is null and "cases"."status" in ($2, $3) and "cases"."filed_date" >= $4::date and "cases"."filed_date" < $5::date and "cases"."region_path" like $6) limit $7) t;

-- city coordinator: q=（2025）苏9902行初1
-- 1
select (select count(*) from (select 1 from "cases" where "cases"."case_number_tail" like $1 limit $2) t) as b0,
 (select count(*) from (select 1 from "cases" where translate("cases"."case_number", '〔〕[]()【】［］﹝﹞０１２３４５６７８９', '（）（）（）（）（）（）0123456789') like $3 limit $4) t) as b1,
 (select count(*) from (select 1 from "cases" where reverse(translate("cases"."case_number", '〔〕[]()【】［］﹝﹞０１２３４５６７８９', '（）（）（）（）（）（）0123456789')) like $5 limit $6) t) as b2,
 (select count(*) from (select 1 from "cases" where "cases"."cause_of_action" like $7 limit $8) t) as b3,
 (select count(*) from (select "case_parties"."case_id" from "case_parties" where "case_parties"."name" like $9 limit $10) t) as b4;
-- 2
select "cases"."id",
 "cases"."kind",
 "cases"."case_number",
 "cases"."case_number_status",
 "cases"."instance",
 "cases"."court_agency_id",
 "court"."name",
 "cases"."region_code",
 "regions"."name",
 "cases"."first_defendant_agency_id",
 "first_defendant"."name",
 "cases"."plaintiff_count",
 "cases"."received_date",
 "cases"."filed_date",
 "cases"."cause_of_action",
 "cases"."act_kind",
 "cases"."domain",
 "cases"."status",
 "cases"."outcome",
 "cases"."outcome_date",
 "cases"."government_lost",
 "cases"."risk_level",
 "cases"."handler_user_id",
 "cases"."version",
 "cases"."deleted_at",
 "cases"."updated_at",
 "cases"."filed_date"::text,
 (select json_agg(json_build_object('name', p.name, 'partyType', p.party_type) order by p.sort_order) from (select "case_parties"."name" as name, "case_parties"."party_type" as party_type, "case_parties"."sort_order" as sort_order from "case_parties" where "case_parties"."case_id" = "cases"."id" and "case_parties"."side" = 'plaintiff' order by "case_parties"."sort_order" limit 3) p),
 (select min(coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"))::text from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open'),
 (select "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open' and coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date") is not null order by coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"), "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" desc limit 1)
from "cases"
left join "agencies" "court" on "court"."id" = "cases"."court_agency_id"
left join "agencies" "first_defendant" on "first_defendant"."id" = "cases"."first_defendant_agency_id"
left join "regions" on "regions"."code" = "cases"."region_code"
where ("cases"."region_path" like $1 and "cases"."deleted_at" is null and "cases"."id" in ((select "cases"."id" from (select * from "cases" where translate("cases"."case_number", '〔〕[]()【】［］﹝﹞０１２３４５６７８９', '（）（）（）（）（）（）0123456789') like $2 offset 0) as "cases" where ("cases"."region_path" like $3 and "cases"."deleted_at" is null and (translate("cases"."case_number", '〔〕[]()【】［］﹝﹞０１２３４５６７８９', '（）（）（）（）（）（）0123456789') like $4 and ("cases"."case_number_tail" like $5) is not true)) order by "cases"."filed_date" desc nulls last, "cases"."id" desc nulls last limit $6)))
order by "cases"."filed_date" desc nulls last, "cases"."id" desc nulls last
limit $7;
-- 3
select count(*) as n
from (select 1 from (select * from "cases" where translate("cases"."case_number", '〔〕[]()【】［］﹝﹞０１２３４５６７８９', '（）（）（）（）（）（）0123456789') like $1 offset 0) as "cases" where ("cases"."region_path" like $2 and "cases"."deleted_at" is null and (translate("cases"."case_number", '〔〕[]()【】［］﹝﹞０１２３４５６７８９', '（）（）（）（）（）（）0123456789') like $3 and ("cases"."case_number_tail" like $4) is not true)) limit $5) t;

-- city coordinator: sort=filedDate&order=desc
-- 1
select "cases"."id",
 "cases"."kind",
 "cases"."case_number",
 "cases"."case_number_status",
 "cases"."instance",
 "cases"."court_agency_id",
 "court"."name",
 "cases"."region_code",
 "regions"."name",
 "cases"."first_defendant_agency_id",
 "first_defendant"."name",
 "cases"."plaintiff_count",
 "cases"."received_date",
 "cases"."filed_date",
 "cases"."cause_of_action",
 "cases"."act_kind",
 "cases"."domain",
 "cases"."status",
 "cases"."outcome",
 "cases"."outcome_date",
 "cases"."government_lost",
 "cases"."risk_level",
 "cases"."handler_user_id",
 "cases"."version",
 "cases"."deleted_at",
 "cases"."updated_at",
 "cases"."filed_date"::text,
 (select json_agg(json_build_object('name', p.name, 'partyType', p.party_type) order by p.sort_order) from (select "case_parties"."name" as name, "case_parties"."party_type" as party_type, "case_parties"."sort_order" as sort_order from "case_parties" where "case_parties"."case_id" = "cases"."id" and "case_parties"."side" = 'plaintiff' order by "case_parties"."sort_order" limit 3) p),
 (select min(coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"))::text from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open'),
 (select "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open' and coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date") is not null order by coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"), "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" desc limit 1)
from "cases"
left join "agencies" "court" on "court"."id" = "cases"."court_agency_id"
left join "agencies" "first_defendant" on "first_defendant"."id" = "cases"."first_defendant_agency_id"
left join "regions" on "regions"."code" = "cases"."region_code"
where ("cases"."region_path" like $1 and "cases"."deleted_at" is null)
order by "cases"."filed_date" desc nulls last, "cases"."id" desc nulls last
limit $2;
-- 2
select count(*) as n
from (select 1 from "cases" where ("cases"."region_path" like $1 and "cases"."deleted_at" is null) limit $2) t;

-- county coordinator: year=2026&status=registered,in_progress
-- 1
select "cases"."id",
 "cases"."kind",
 "cases"."case_number",
 "cases"."case_number_status",
 "cases"."instance",
 "cases"."court_agency_id",
 "court"."name",
 "cases"."region_code",
 "regions"."name",
 "cases"."first_defendant_agency_id",
 "first_defendant"."name",
 "cases"."plaintiff_count",
 "cases"."received_date",
 "cases"."filed_date",
 "cases"."cause_of_action",
 "cases"."act_kind",
 "cases"."domain",
 "cases"."status",
 "cases"."outcome",
 "cases"."outcome_date",
 "cases"."government_lost",
 "cases"."risk_level",
 "cases"."handler_user_id",
 "cases"."version",
 "cases"."deleted_at",
 "cases"."updated_at",
 "cases"."filed_date"::text,
 (select json_agg(json_build_object('name', p.name, 'partyType', p.party_type) order by p.sort_order) from (select "case_parties"."name" as name, "case_parties"."party_type" as party_type, "case_parties"."sort_order" as sort_order from "case_parties" where "case_parties"."case_id" = "cases"."id" and "case_parties"."side" = 'plaintiff' order by "case_parties"."sort_order" limit 3) p),
 (select min(coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"))::text from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open'),
 (select "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open' and coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date") is not null order by coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"), "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" desc limit 1)
from "cases"
left join "agencies" "court" on "court"."id" = "cases"."court_agency_id"
left join "agencies" "first_defendant" on "first_defendant"."id" = "cases"."first_defendant_agency_id"
left join "regions" on "regions"."code" = "cases"."region_code"
where ("cases"."region_path" like $1 and "cases"."deleted_at" is null and "cases"."status" in ($2, $3) and "cases"."filed_date" >= $4::date and "cases"."filed_date" < $5::date)
order by "cases"."filed_date" desc nulls last, "cases"."id" desc nulls last
limit $6;
-- 2
select count(*) as n
from (select 1 from "cases" where ("cases"."region_path" like $1 and "cases"."deleted_at" is null and "cases"."status" in ($2, $3) and "cases"."filed_date" >= $4::date and "cases"."filed_date" < $5::date) limit $6) t;

-- county coordinator: q=苏9902行初2
-- 1
select (select count(*) from (select 1 from "cases" where "cases"."case_number_tail" like $1 limit $2) t) as b0,
 (select count(*) from (select 1 from "cases" where translate("cases"."case_number", '〔〕[]()【】［］﹝﹞０１２３４５６７８９', '（）（）（）（）（）（）0123456789') like $3 limit $4) t) as b1,
 (select count(*) from (select 1 from "cases" where reverse(translate("cases"."case_number", '〔〕[]()【】［］﹝﹞０１２３４５６７８９', '（）（）（）（）（）（）0123456789')) like $5 limit $6) t) as b2,
 (select count(*) from (select 1 from "cases" where "cases"."cause_of_action" like $7 limit $8) t) as b3,
 (select count(*) from (select "case_parties"."case_id" from "case_parties" where "case_parties"."name" like $9 limit $10) t) as b4;
-- 2
select "cases"."id",
 "cases"."kind",
 "cases"."case_number",
 "cases"."case_number_status",
 "cases"."instance",
 "cases"."court_agency_id",
 "court"."name",
 "cases"."region_code",
 "regions"."name",
 "cases"."first_defendant_agency_id",
 "first_defendant"."name",
 "cases"."plaintiff_count",
 "cases"."received_date",
 "cases"."filed_date",
 "cases"."cause_of_action",
 "cases"."act_kind",
 "cases"."domain",
 "cases"."status",
 "cases"."outcome",
 "cases"."outcome_date",
 "cases"."government_lost",
 "cases"."risk_level",
 "cases"."handler_user_id",
 "cases"."version",
 "cases"."deleted_at",
 "cases"."updated_at",
 "cases"."filed_date"::text,
 (select json_agg(json_build_object('name', p.name, 'partyType', p.party_type) order by p.sort_order) from (select "case_parties"."name" as name, "case_parties"."party_type" as party_type, "case_parties"."sort_order" as sort_order from "case_parties" where "case_parties"."case_id" = "cases"."id" and "case_parties"."side" = 'plaintiff' order by "case_parties"."sort_order" limit 3) p),
 (select min(coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"))::text from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open'),
 (select "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open' and coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date") is not null order by coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"), "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" desc limit 1)
from "cases"
left join "agencies" "court" on "court"."id" = "cases"."court_agency_id"
left join "agencies" "first_defendant" on "first_defendant"."id" = "cases"."first_defendant_agency_id"
left join "regions" on "regions"."code" = "cases"."region_code"
where ("cases"."region_path" like $1 and "cases"."deleted_at" is null and "cases"."id" in ((select "cases"."id" from (select * from "cases" where "cases"."case_number_tail" like $2 offset 0) as "cases" where ("cases"."region_path" like $3 and "cases"."deleted_at" is null and "cases"."case_number_tail" like $4) order by "cases"."filed_date" desc nulls last, "cases"."id" desc nulls last limit $5)))
order by "cases"."filed_date" desc nulls last, "cases"."id" desc nulls last
limit $6;
-- 3
select count(*) as n
from (select 1 from (select * from "cases" where "cases"."case_number_tail" like $1 offset 0) as "cases" where ("cases"."region_path" like $2 and "cases"."deleted_at" is null and "cases"."case_number_tail" like $3) limit $4) t;

-- county coordinator: sort=filedDate&order=asc
-- 1
select "cases"."id",
 "cases"."kind",
 "cases"."case_number",
 "cases"."case_number_status",
 "cases"."instance",
 "cases"."court_agency_id",
 "court"."name",
 "cases"."region_code",
 "regions"."name",
 "cases"."first_defendant_agency_id",
 "first_defendant"."name",
 "cases"."plaintiff_count",
 "cases"."received_date",
 "cases"."filed_date",
 "cases"."cause_of_action",
 "cases"."act_kind",
 "cases"."domain",
 "cases"."status",
 "cases"."outcome",
 "cases"."outcome_date",
 "cases"."government_lost",
 "cases"."risk_level",
 "cases"."handler_user_id",
 "cases"."version",
 "cases"."deleted_at",
 "cases"."updated_at",
 "cases"."filed_date"::text,
 (select json_agg(json_build_object('name', p.name, 'partyType', p.party_type) order by p.sort_order) from (select "case_parties"."name" as name, "case_parties"."party_type" as party_type, "case_parties"."sort_order" as sort_order from "case_parties" where "case_parties"."case_id" = "cases"."id" and "case_parties"."side" = 'plaintiff' order by "case_parties"."sort_order" limit 3) p),
 (select min(coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"))::text from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open'),
 (select "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" from "case_deadlines" where "case_deadlines"."case_id" = "cases"."id" and "case_deadlines"."status" = 'open' and coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date") is not null order by coalesce("case_deadlines"."custom_due_date", "case_deadlines"."due_date"), "case_deadlines"."custom_due_date" is null and "case_deadlines"."provisional" desc limit 1)
from "cases"
left join "agencies" "court" on "court"."id" = "cases"."court_agency_id"
left join "agencies" "first_defendant" on "first_defendant"."id" = "cases"."first_defendant_agency_id"
left join "regions" on "regions"."code" = "cases"."region_code"
where ("cases"."region_path" like $1 and "cases"."deleted_at" is null)
order by "cases"."filed_date" asc nulls first, "cases"."id" asc nulls first
limit $2;
-- 2
select count(*) as n
from (select 1 from "cases" where ("cases"."region_path" like $1 and "cases"."deleted_at" is null) limit $2) t;
