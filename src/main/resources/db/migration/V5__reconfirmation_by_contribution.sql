-- Removing a contribution from a plan under revision makes the database check that no
-- reconfirmation refers to it; without this index that check read every reconfirmation of every
-- contract year in the country.
create index ix_reconfirmation_contribution on reconfirmation (contribution_id);
