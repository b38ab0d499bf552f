-- Incoming mail: files that came with a reply, the log of handled messages (one comment per message),
-- and the probes that check a mailbox's forwarding rule.

create sequence attachment_seq start with 1 increment by 50;
create table attachment (
    id           bigint primary key,
    account_id   bigint       not null references account (id),
    comment_id   bigint       not null references comment (id) on delete cascade,
    -- already made safe for a download header: no path, no control characters
    file_name    varchar(255) not null,
    content_type varchar(255) not null,
    size_bytes   bigint       not null check (size_bytes >= 0),
    content      bytea        not null,
    created_at   timestamp(6) with time zone not null
);
create index attachment_comment_idx on attachment (comment_id);

-- Every message that had an effect, per account. message_key is the Message-ID with angle brackets, or
-- 'sha256:<hex>' of the raw bytes when the message has none: the same message arriving twice is found here.
create sequence inbound_message_seq start with 1 increment by 50;
create table inbound_message (
    id           bigint primary key,
    account_id   bigint       not null references account (id),
    message_key  varchar(300) not null,
    outcome      varchar(32)  not null check (outcome in ('COMMENT_ADDED', 'TASK_OPENED', 'FORWARDING_VERIFIED')),
    task_id      bigint references task (id) on delete set null,
    comment_id   bigint references comment (id) on delete set null,
    sender       varchar(254),
    received_at  timestamp(6) with time zone not null,
    unique (account_id, message_key)
);

-- "Check forwarding": a message sent from a mailbox to its own address; when the provider's forwarding
-- rule passes it on to Taskmail, arrived_at is set. Valid only while the mailbox keeps the probed address.
create sequence forwarding_probe_seq start with 1 increment by 50;
create table forwarding_probe (
    id            bigint primary key,
    account_id    bigint       not null references account (id),
    mailbox_id    bigint       not null references mailbox (id) on delete cascade,
    token         varchar(32)  not null unique,
    message_id    varchar(300) not null unique,
    mailbox_email varchar(254) not null,
    forward_to    varchar(254) not null,
    created_at    timestamp(6) with time zone not null,
    arrived_at    timestamp(6) with time zone,
    arrived_via   varchar(254)
);
create index forwarding_probe_mailbox_idx on forwarding_probe (mailbox_id, created_at);
