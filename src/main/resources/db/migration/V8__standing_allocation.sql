-- The fte are a standing allocation per calendar year: a contract year occupies the Rijk's fte until
-- the coach is funded locally. Structurally funded contracts keep the day that began.
alter table contract add column locally_funded_from date;
update contract set locally_funded_from = (select s.effective_date from structural_funding s where s.plan_id = contract.plan_id)
  where status = 'STRUCTURAL';
