-- Notification mail to an employee's own address (their work inbox), chosen on My profile; off by default.
-- The address is kept when they switch it off, so switching back on needs no retyping.

alter table employee add column notify_by_email boolean not null default false;
alter table employee add column notification_email varchar(254);
-- inbound replies are attributed to the employee whose opted-in address sent them
create index employee_notification_email_idx on employee (account_id, lower(notification_email)) where notify_by_email;

-- An outgoing message to an employee (a notification mail) rather than to a contact.
alter table outgoing_message add column recipient_employee_id bigint references employee (id) on delete cascade;
create index outgoing_message_recipient_employee_idx on outgoing_message (recipient_employee_id);
