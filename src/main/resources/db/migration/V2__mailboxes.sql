-- External mailboxes: the company's (scope ACCOUNT) and employees' own (scope EMPLOYEE) SMTP accounts.

create sequence mailbox_seq start with 1 increment by 50;
create table mailbox (
    id                    bigint primary key,
    account_id            bigint       not null references account (id),
    scope                 varchar(16)  not null check (scope in ('ACCOUNT', 'EMPLOYEE')),
    owner_id              bigint references employee (id) on delete cascade,
    email                 varchar(254) not null,
    display_name          varchar(200),
    host                  varchar(253) not null,
    port                  integer      not null check (port between 1 and 65535),
    security              varchar(16)  not null check (security in ('SSL_TLS', 'STARTTLS', 'NONE')),
    username              varchar(254) not null,
    -- AES-256-GCM: nonce and ciphertext with tag; the key is never in the database
    password_ciphertext   bytea,
    password_key_id       varchar(32),
    signature             text,
    enabled               boolean      not null default false,
    preferred             boolean      not null default false,
    all_projects          boolean      not null default true,
    all_employees         boolean      not null default true,
    -- bumped whenever address, host, port, security, username or password change
    settings_version      integer      not null default 1,
    verified_version      integer,
    verified_at           timestamp(6) with time zone,
    last_test_at          timestamp(6) with time zone,
    last_test_ok          boolean,
    last_test_message     varchar(1000),
    attention_reason      varchar(1000),
    attention_since       timestamp(6) with time zone,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    check ((scope = 'ACCOUNT') = (owner_id is null))
);
create index mailbox_account_idx on mailbox (account_id);
create index mailbox_owner_idx on mailbox (owner_id);

create table mailbox_project (
    mailbox_id bigint not null references mailbox (id) on delete cascade,
    project_id bigint not null references project (id) on delete cascade,
    primary key (mailbox_id, project_id)
);

create table mailbox_employee (
    mailbox_id  bigint not null references mailbox (id) on delete cascade,
    employee_id bigint not null references employee (id) on delete cascade,
    primary key (mailbox_id, employee_id)
);

create table mailbox_group (
    mailbox_id bigint not null references mailbox (id) on delete cascade,
    group_id   bigint not null references employee_group (id) on delete cascade,
    primary key (mailbox_id, group_id)
);
