--liquibase formatted sql

--changeset test:0001-note
create table note (id bigint primary key, body text not null);
--rollback drop table note;
