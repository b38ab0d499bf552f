package app.taskmail.account;

import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.Flash;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Administrators manage the groups of their account (company mailboxes can be opened to a group): list with
 * member counts, create, rename, choose members, delete. Every id, of a group or of a member, is looked up in
 * the current account; another account's is a 404.
 */
@Path("/admin/groups")
@RolesAllowed(Role.ADMIN_ROLE)
public class Groups {

    @Inject
    CurrentEmployee me;

    @Inject
    Flash flash;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<GroupSummary> groups, GroupForm form, FormErrors errors);

        static native TemplateInstance show(Group group, List<Employee> employees, GroupForm form, FormErrors errors);
    }

    /** A group with the number of its members. */
    public record GroupSummary(Group group, long members) {
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(summaries(), GroupForm.empty(), FormErrors.none());
    }

    @POST
    @Transactional
    public Object create(@BeanParam GroupForm form) {
        FormErrors errors = form.validate(me.account(), null);
        if (errors.any()) {
            return Pages.invalid(Templates.index(summaries(), form, errors));
        }
        Group group = new Group();
        group.account = me.account();
        group.name = form.cleanName();
        group.persist();
        return flash.redirect("/admin/groups/" + group.id, "Group created. Now choose its members.");
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        Group group = group(id);
        return Templates.show(group, Employee.listInAccount(me.account()), GroupForm.of(group), FormErrors.none());
    }

    @POST
    @Path("{id}/rename")
    @Transactional
    public Object rename(@RestPath long id, @BeanParam GroupForm form) {
        Group group = group(id);
        FormErrors errors = form.validate(me.account(), group);
        if (errors.any()) {
            return Pages.invalid(Templates.show(group, Employee.listInAccount(me.account()), form, errors));
        }
        group.name = form.cleanName();
        return flash.redirect("/admin/groups/" + group.id, "Group renamed.");
    }

    /** Makes exactly the ticked employees members. An employee of another account is a 404 and changes nothing. */
    @POST
    @Path("{id}/members")
    @Transactional
    public Object members(@RestPath long id, @RestForm List<String> members) {
        Group group = group(id);
        Set<Employee> chosen = new HashSet<>();
        for (String memberId : members == null ? List.<String>of() : members) {
            chosen.add(Employee.findInAccount(me.account(), EmployeeForm.parseId(memberId))
                    .orElseThrow(NotFoundException::new));
        }
        // Employee owns the membership, so it is changed from the employee's side.
        for (Employee employee : Employee.listInAccount(me.account())) {
            if (chosen.contains(employee)) {
                employee.groups.add(group);
            } else {
                employee.groups.remove(group);
            }
        }
        return flash.redirect("/admin/groups/" + group.id, "Members saved.");
    }

    @POST
    @Path("{id}/delete")
    @Transactional
    public Object delete(@RestPath long id) {
        Group group = group(id);
        for (Employee member : List.copyOf(group.members)) {
            member.groups.remove(group);
        }
        group.delete();
        return flash.redirect("/admin/groups", "Group " + group.name + " deleted.");
    }

    private Group group(long id) {
        return Group.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
    }

    private List<GroupSummary> summaries() {
        return Group.getEntityManager()
                .createQuery("select g, count(m) from EmployeeGroup g left join g.members m where g.account = ?1 "
                        + "group by g order by lower(g.name)", Object[].class)
                .setParameter(1, me.account())
                .getResultList().stream()
                .map(row -> new GroupSummary((Group) row[0], (Long) row[1]))
                .toList();
    }
}
