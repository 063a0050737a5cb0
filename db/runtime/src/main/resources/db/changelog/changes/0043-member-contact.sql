--liquibase formatted sql

--changeset tracker:0043-member-contact
--comment: How to reach a member of the coalition (e-mail, phone), sealed by the application like stakeholders'
--comment: contact points: the database only ever holds the ciphertext.
alter table member add column contact text;
--rollback alter table member drop column contact;
