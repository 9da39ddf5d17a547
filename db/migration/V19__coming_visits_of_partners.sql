-- The home page's coming visits of the reader's partners: read partner by partner from today on, rather than
-- every visit of the coming month of every partner, then filtered (at ten times the cell's data: 395 visits
-- read for the 14 of fvandernoot's eleven partners).
create index visit_partner_ends_on_idx on delegation_visit (partner_id, ends_on) include (starts_on, status);
