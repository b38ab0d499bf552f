-- The outbox: one row per email to one recipient, written in the same transaction as its comment and
-- sent afterwards by the dispatcher. And in-app notifications of employees.

create sequence outgoing_message_seq start with 1 increment by 50;
create table outgoing_message (
    id                   bigint primary key,
    account_id           bigint        not null references account (id),
    task_id              bigint        references task (id) on delete cascade,
    comment_id           bigint        references comment (id) on delete cascade,
    author_id            bigint        references employee (id),
    recipient_contact_id bigint        references contact (id) on delete set null,
    recipient_email      varchar(254)  not null,
    recipient_name       varchar(200),
    -- the chosen sender: a mailbox, or null for the author's internal address
    mailbox_id           bigint        references mailbox (id) on delete set null,
    sender_kind          varchar(16)   not null check (sender_kind in ('PERSONAL', 'COMPANY', 'INTERNAL')),
    from_email           varchar(254)  not null,
    from_name            varchar(200),
    reply_to             varchar(254),
    subject              varchar(400)  not null,
    -- generated once, with angle brackets, reused on every attempt
    message_id           varchar(300)  not null unique,
    in_reply_to          varchar(300),
    references_header    text,
    body_text            text          not null,
    body_html            text,
    status               varchar(16)   not null check (status in ('QUEUED', 'SENDING', 'SENT', 'RETRYING', 'FAILED')),
    attempts             integer       not null default 0,
    next_attempt_at      timestamp(6) with time zone not null,
    lease_token          uuid,
    lease_expires_at     timestamp(6) with time zone,
    last_error           varchar(1000),
    failure_kind         varchar(32),
    -- set when the message went from the internal address although a mailbox was chosen (plan lost)
    fallback_reason      varchar(300),
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    sent_at              timestamp(6) with time zone
);
create index outgoing_message_due_idx on outgoing_message (next_attempt_at) where status in ('QUEUED', 'RETRYING');
create index outgoing_message_lease_idx on outgoing_message (lease_expires_at) where status = 'SENDING';
create index outgoing_message_comment_idx on outgoing_message (comment_id);
create index outgoing_message_task_idx on outgoing_message (task_id);
create index outgoing_message_account_idx on outgoing_message (account_id, created_at);

create sequence notification_seq start with 1 increment by 50;
create table notification (
    id          bigint primary key,
    account_id  bigint not null references account (id),
    employee_id bigint not null references employee (id) on delete cascade,
    task_id     bigint not null references task (id) on delete cascade,
    comment_id  bigint references comment (id) on delete cascade,
    created_at  timestamp(6) with time zone not null,
    read_at     timestamp(6) with time zone
);
create index notification_unread_idx on notification (employee_id, task_id) where read_at is null;
