package app.taskmail.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void safeFileNameKeepsOnlyTheLastSegmentWithoutControlOrReservedCharacters() {
        assertEquals("report.pdf", Attachment.safeFileName("C:\\Users\\nina\\report.pdf"));
        assertEquals("passwd", Attachment.safeFileName("../../etc/passwd"));
        assertEquals("evilname.html", Attachment.safeFileName("evil\r\nname.html"));
        assertEquals("a b.txt", Attachment.safeFileName("\"a b.txt\""));
        assertEquals("Прайс 2024.xlsx", Attachment.safeFileName("Прайс 2024.xlsx"));
    }

    @Test
    void emptyOrDotOnlyNamesBecomeAttachment() {
        assertEquals("attachment", Attachment.safeFileName(null));
        assertEquals("attachment", Attachment.safeFileName("  "));
        assertEquals("attachment", Attachment.safeFileName(".."));
        assertEquals("attachment", Attachment.safeFileName("dir/"));
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String name = Attachment.safeFileName("x".repeat(300) + ".pdf");
        assertEquals(Attachment.MAX_NAME_LENGTH, name.length());
        assertEquals(".pdf", name.substring(name.length() - 4));
    }

    @Test
    void downloadHeaderCarriesAnAsciiFallbackAndTheExactNameEncoded() {
        assertEquals("attachment; filename=\"Prays_2024 a.xlsx\"; filename*=UTF-8''Prays%E2%82%AC2024%20a.xlsx",
                TaskAttachments.disposition("Prays€2024 a.xlsx"));
        assertEquals("application/octet-stream", TaskAttachments.mediaType("text/html; charset=\"x\"\r\nX: y"));
        assertEquals("application/pdf", TaskAttachments.mediaType("APPLICATION/PDF"));
    }
}
