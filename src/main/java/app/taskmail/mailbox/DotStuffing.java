package app.taskmail.mailbox;

import java.io.ByteArrayOutputStream;

/**
 * The message transparency of SMTP (RFC 5321 §4.5.2): a line that starts with a dot gets one more, bare LF
 * line ends become CRLF, and the end of data is marked with {@code CRLF.CRLF}.
 */
final class DotStuffing {

    private DotStuffing() {
    }

    static byte[] apply(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 64);
        boolean lineStart = true;
        for (int i = 0; i < message.length; i++) {
            byte b = message[i];
            if (b == '\n' && (i == 0 || message[i - 1] != '\r')) {
                out.write('\r');
            }
            if (lineStart && b == '.') {
                out.write('.');
            }
            out.write(b);
            lineStart = b == '\n';
        }
        if (!lineStart) {
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        out.writeBytes(new byte[] {'.', '\r', '\n'});
        return out.toByteArray();
    }
}
