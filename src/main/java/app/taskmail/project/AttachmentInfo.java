package app.taskmail.project;

/** What a page shows of an attachment: everything but its bytes. */
public record AttachmentInfo(Long id, String fileName, String contentType, long sizeBytes) {

    public String sizeLabel() {
        return sizeLabel(sizeBytes);
    }

    /** "12 KB", "3.4 MB": a size in words a reader takes in at a glance. */
    public static String sizeLabel(long sizeBytes) {
        if (sizeBytes < 1024) {
            return sizeBytes + " bytes";
        }
        if (sizeBytes < 1024 * 1024) {
            return Math.round(sizeBytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
