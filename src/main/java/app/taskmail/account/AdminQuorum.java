package app.taskmail.account;

import jakarta.persistence.LockModeType;

/**
 * The rule that every account keeps at least one administrator, so that someone can always manage its
 * employees, mailboxes and plan. A role change or a deletion that would take away the last administrator is
 * refused.
 *
 * <p>The check locks the account's row for the rest of the transaction: two administrators demoting each
 * other at the same moment are served one after the other, and the second is refused.
 */
final class AdminQuorum {

    private AdminQuorum() {
    }

    /** True when {@code employee} is the only administrator of their account (and so must stay one). */
    static boolean isLastAdmin(Employee employee) {
        if (!employee.isAdmin()) {
            return false;
        }
        Account account = Account.findById(employee.account.id, LockModeType.PESSIMISTIC_WRITE);
        return Employee.count("account = ?1 and role = ?2", account, Role.ADMIN.name()) <= 1;
    }

    /** True when giving {@code employee} the role {@code newRole} would leave the account without an administrator. */
    static boolean wouldLoseLastAdmin(Employee employee, Role newRole) {
        return newRole != Role.ADMIN && isLastAdmin(employee);
    }
}
