-- Sending: when the current round of delivery attempts began (the retry lifetime counts from here, and a
-- resend starts a new round), and how often a message was resent by hand.

alter table outgoing_message add column queued_at timestamp(6) with time zone;
update outgoing_message set queued_at = created_at;
alter table outgoing_message alter column queued_at set not null;
alter table outgoing_message add column resends integer not null default 0;
alter table outgoing_message add constraint outgoing_message_failure_kind_check
    check (failure_kind is null or failure_kind in ('TEMPORARY', 'PERMANENT', 'MAILBOX_PROBLEM'));

-- messages waiting for a mailbox are looked up by mailbox when it is fixed, and the delivery log filters by it
create index outgoing_message_mailbox_idx on outgoing_message (mailbox_id, status);
