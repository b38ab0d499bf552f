package app.taskmail.project;

import app.taskmail.account.Account;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A file that came with a comment (today: with a contact's email reply). The bytes live in the row; lists
 * read {@link AttachmentInfo} so that a page never loads them. {@link #fileName} is stored already made
 * safe (see {@link #safeFileName}), and the file is only ever served as a download, never inline.
 */
@Entity
public class Attachment extends PanacheEntity {

    static final int MAX_NAME_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comment_id")
    public Comment comment;

    public String fileName;
    public String contentType;
    public long sizeBytes;
    public byte[] content;
    public Instant createdAt;

    /** The attachment, when it belongs to this task of this account; anything else is "not found". */
    public static Optional<Attachment> findOnTask(Account account, long taskId, long id) {
        return find("id = ?1 and account = ?2 and comment.task.id = ?3", id, account, taskId).firstResultOptional();
    }

    /** Name, type and size of a comment's files, without their bytes. */
    public static List<AttachmentInfo> listFor(Comment comment) {
        return getEntityManager().createQuery("select new app.taskmail.project.AttachmentInfo(a.id, a.fileName,"
                        + " a.contentType, a.sizeBytes) from Attachment a where a.comment = ?1 order by a.id",
                AttachmentInfo.class).setParameter(1, comment).getResultList();
    }

    /**
     * A file name that is safe in a download header and on any file system: the last path segment only,
     * no control characters, quotes or reserved characters, at most {@value #MAX_NAME_LENGTH} characters,
     * never empty or dot-only.
     */
    public static String safeFileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder safe = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c) && "\"<>:|?*;\u2028\u2029".indexOf(c) < 0)
                .forEach(safe::appendCodePoint);
        String cleaned = safe.toString().strip();
        if (cleaned.length() > MAX_NAME_LENGTH) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return cleaned.replace(".", "").isBlank() ? "attachment" : cleaned;
    }
}
