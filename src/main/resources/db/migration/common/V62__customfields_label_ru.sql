-- A custom field's label in Russian beside the one in English (label); null shows the English one.
alter table custom_field add column label_ru varchar(100);
