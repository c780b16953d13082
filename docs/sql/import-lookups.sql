-- before the rows: the lookups (loadLookups)
-- 1
select "agencies"."id",
 "agencies"."name",
 "agencies"."short_name",
 "agencies"."kind",
 "agencies"."region_code",
 "regions"."name",
 "regions"."path",
 "agencies"."court_code",
 "agencies"."active"
from "agencies"
inner join "regions" on "regions"."code" = "agencies"."region_code"
where "agencies"."active" = $1
order by "regions"."path" asc, "agencies"."kind" asc, "agencies"."name" asc;
-- 2
select "code",
 "name",
 "sort_order",
 "active"
from "admin_domains"
order by "admin_domains"."sort_order" asc;
-- 3
select "year",
 "days",
 "papers",
 "note",
 "created_at",
 "created_by",
 "updated_at",
 "updated_by"
from "holiday_years";
-- 4
select "date",
 "workday",
 "name",
 "reason",
 "created_at",
 "created_by"
from "calendar_overrides"
order by "calendar_overrides"."date";
-- 5
select "users"."id",
 "users"."username",
 "users"."display_name",
 "users"."role",
 "users"."agency_id",
 "regions"."path"
from "users"
left join "regions" on "regions"."code" = "users"."region_code"
where ("users"."disabled" = $1 and "users"."role" in ($2, $3, $4));

-- per batch of rows: the cases already registered under these numbers (findCasesByNumbers)
-- 1
select "id",
 "kind",
 "case_number",
 "case_number_raw",
 "case_number_status",
 "case_number_tail",
 "case_year",
 "case_seq",
 "instance",
 "court_agency_id",
 "court_code",
 "region_code",
 "region_path",
 "first_defendant_agency_id",
 "received_date",
 "filed_date",
 "complaint_received_date",
 "cause_of_action",
 "contested_act",
 "act_kind",
 "domain",
 "plaintiff_count",
 "amount_claimed",
 "normative_doc_review",
 "hearing_held",
 "status",
 "outcome",
 "outcome_date",
 "outcome_text",
 "closing_manner",
 "government_lost",
 "appealed",
 "judgment_served_date",
 "notes",
 "risk_level",
 "handler_user_id",
 "version",
 "deleted_at",
 "deleted_by",
 "delete_reason",
 "created_at",
 "updated_at",
 "created_by",
 "updated_by",
 (select json_agg(json_build_object('side', p.side, 'partyType', p.party_type, 'name', p.name, 'agencyId', p.agency_id, 'defendantRole', p.defendant_role, 'idNumber', p.id_number, 'phone', p.phone) order by p.sort_order) from "case_parties" p where p.case_id = cases.id),
 (select json_agg(json_build_object('ruleId', d.rule_id, 'status', d.status)) from "case_deadlines" d where d.case_id = cases.id)
from "cases"
where ("cases"."deleted_at" is null and "cases"."case_number" = any(array(select jsonb_array_elements_text($1::jsonb))));
