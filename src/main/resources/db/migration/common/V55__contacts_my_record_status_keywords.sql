-- A user's My Record has no sales status (it is no prospect or client of anyone's); every other
-- contact still gets one, as the contact rules require.
alter table contact alter column status drop not null;

-- Keyword search reads one text per contact: its names, e-mail and whole address folded as
-- search keys, and its phone numbers as digits (SearchKeys.keywords). Existing rows: V56;
-- PostgreSQL's index: V57. Derived on every write; never journaled.
alter table contact add column keywords_search varchar(2000) default '' not null;
