-- Accounts (tenants), their employees and groups, projects, tasks, contacts and comments.
-- Every table below account carries account_id so that every query can be scoped to one tenant.

create sequence account_seq start with 1 increment by 50;
create table account (
    id            bigint primary key,
    name          varchar(200) not null,
    slug          varchar(63)  not null unique,
    plan          varchar(16)  not null check (plan in ('FREE', 'PAID', 'PREMIUM')),
    trial_ends_at timestamp(6) with time zone,
    created_at    timestamp(6) with time zone not null
);

create sequence employee_seq start with 1 increment by 50;
create table employee (
    id            bigint primary key,
    account_id    bigint       not null references account (id),
    login         varchar(64)  not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(100) not null,
    role          varchar(16)  not null check (role in ('ADMIN', 'EMPLOYEE')),
    created_at    timestamp(6) with time zone not null
);
create index employee_account_idx on employee (account_id);

create sequence employee_group_seq start with 1 increment by 50;
create table employee_group (
    id         bigint primary key,
    account_id bigint       not null references account (id),
    name       varchar(100) not null,
    unique (account_id, name)
);

create table employee_group_member (
    group_id    bigint not null references employee_group (id) on delete cascade,
    employee_id bigint not null references employee (id) on delete cascade,
    primary key (group_id, employee_id)
);

create sequence project_seq start with 1 increment by 50;
create table project (
    id          bigint primary key,
    account_id  bigint       not null references account (id),
    name        varchar(100) not null,
    description text,
    created_at  timestamp(6) with time zone not null,
    unique (account_id, name)
);

create sequence contact_seq start with 1 increment by 50;
create table contact (
    id         bigint primary key,
    account_id bigint       not null references account (id),
    name       varchar(200) not null,
    email      varchar(254) not null,
    created_at timestamp(6) with time zone not null,
    unique (account_id, email)
);

create sequence task_seq start with 1 increment by 50;
create table task (
    id            bigint primary key,
    account_id    bigint       not null references account (id),
    project_id    bigint       not null references project (id),
    title         varchar(200) not null,
    description   text,
    status        varchar(16)  not null check (status in ('OPEN', 'IN_PROGRESS', 'WAITING', 'DONE')),
    reply_token   varchar(32)  not null unique,
    created_by_id bigint references employee (id),
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null
);
create index task_project_idx on task (project_id);
create index task_account_idx on task (account_id);

create table task_employee (
    task_id     bigint not null references task (id) on delete cascade,
    employee_id bigint not null references employee (id) on delete cascade,
    primary key (task_id, employee_id)
);

create table task_contact (
    task_id    bigint not null references task (id) on delete cascade,
    contact_id bigint not null references contact (id) on delete cascade,
    primary key (task_id, contact_id)
);

create sequence comment_seq start with 1 increment by 50;
create table comment (
    id                 bigint primary key,
    account_id         bigint not null references account (id),
    task_id            bigint not null references task (id) on delete cascade,
    author_employee_id bigint references employee (id),
    author_contact_id  bigint references contact (id),
    body               text   not null,
    created_at         timestamp(6) with time zone not null,
    check ((author_employee_id is null) <> (author_contact_id is null))
);
create index comment_task_idx on comment (task_id, created_at);
