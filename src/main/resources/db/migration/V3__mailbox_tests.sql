-- "Test account" results, kept for a short while (30 minutes): a mailbox may be saved enabled only when a
-- test with exactly the submitted settings succeeded. Settings are stored as keyed fingerprints (HMAC), never
-- in clear. A password typed for a test is kept encrypted (AES-GCM, bound to account and check) so that the
-- following Save does not need it typed again; rows are deleted once expired.

create sequence mailbox_check_seq start with 1 increment by 50;
create table mailbox_check (
    id                     bigint primary key,
    account_id             bigint      not null references account (id) on delete cascade,
    -- null: the settings of a mailbox that is not saved yet
    mailbox_id             bigint references mailbox (id) on delete cascade,
    tested_by_id           bigint      not null references employee (id) on delete cascade,
    token                  varchar(64) not null unique,
    -- HMAC of address, host, port, security, username and password
    settings_fingerprint   varchar(64) not null,
    -- HMAC of host, port, security and username: the tested password may only go to this same server
    connection_fingerprint varchar(64) not null,
    succeeded              boolean     not null,
    password_ciphertext    bytea,
    password_key_id        varchar(32),
    tested_at              timestamp(6) with time zone not null
);
create index mailbox_check_account_idx on mailbox_check (account_id, tested_at);
create index mailbox_check_mailbox_idx on mailbox_check (mailbox_id);
